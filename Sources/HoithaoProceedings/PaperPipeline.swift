import Foundation
import HoithaoModel

/// Shapes and paginates the book's papers in batches, on a helper thread and on the drawing thread
/// when it would otherwise wait, and hands the batches to the drawing thread in book order, so
/// drawing overlaps shaping. A Pango font map must not be used by two threads at once, so each
/// batch is shaped on a context no other thread touches until the batch is drawn and its layouts
/// released; then the context shapes another batch. Shaping runs at most a few batches ahead of
/// drawing, so only a few font maps are ever loaded.
final class PaperPipeline: @unchecked Sendable {
    typealias Shape = @Sendable (Typography, Paper) -> PaginatedPart
    /// Makes a font map's context for a batch; nil when Pango cannot.
    typealias MakeContext = @Sendable () -> ShapingContext?

    /// A batch's pages and the context whose layouts they hold.
    private struct Batch {
        var parts: [PaginatedPart]
        var context: ShapingContext
    }

    private let batches: [[Paper]]
    private let layout: BookLayout
    private let shape: Shape
    private let makeContext: MakeContext
    private let condition = NSCondition()
    /// Batches before this one have been taken by a thread to shape.
    private var claimed = 0
    /// Batches before this one have been drawn.
    private var drawn = 0
    /// How many batches may be shaped, or being shaped, beyond the one being drawn.
    private static let lookahead = 3
    private var shaped: [Int: Batch] = [:]
    private var idle: [ShapingContext] = []
    private var failure: ProceedingsError?

    init(
        _ papers: [Paper], batchSize: Int, layout: BookLayout, makeContext: @escaping MakeContext = ShapingContext.init,
        shape: @escaping Shape
    ) {
        let size = max(batchSize, 1)
        batches = stride(from: 0, to: papers.count, by: size).map { Array(papers[$0..<min($0 + size, papers.count)]) }
        self.layout = layout
        self.shape = shape
        self.makeContext = makeContext
    }

    /// Starts a thread that shapes batches until none is left. The drawing thread never waits for
    /// a batch nobody has taken, so nothing depends on when, or whether, the helper runs.
    func startHelper() {
        Thread { [self] in
            while let index = claim() { shapeBatch(index) }
        }.start()
    }

    /// Calls `draw` with each batch's pages, in book order, shaping batches itself while the next one
    /// is not ready. `draw` must not keep the pages: their layouts belong to a context that shapes
    /// another batch once `draw` returns. After an error the caller calls `stop`.
    func drawInOrder(_ draw: ([PaginatedPart]) -> Void) throws {
        for index in batches.indices {
            let context = try drawBatch(index, draw)
            condition.withLock {
                idle.append(context)
                drawn = index + 1
                condition.broadcast()
            }
        }
    }

    /// Draws batch `index` and returns its context; the batch, and with it every layout of the
    /// context, is released when this returns.
    private func drawBatch(_ index: Int, _ draw: ([PaginatedPart]) -> Void) throws -> ShapingContext {
        let batch = try ready(index)
        draw(batch.parts)
        return batch.context
    }

    private func ready(_ index: Int) throws -> Batch {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let failure { throw failure }
            if let batch = shaped.removeValue(forKey: index) { return batch }
            // Shape the batch needed, or the one after it, rather than wait; never further ahead.
            if claimed < batches.count, claimed <= index + 1 {
                let other = claimed
                claimed += 1
                condition.unlock()
                shapeBatch(other)
                condition.lock()
            } else {
                condition.wait()
            }
        }
    }

    /// The next batch for the helper, once drawing is close enough; nil when none is left.
    private func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while claimed < batches.count, claimed > drawn + Self.lookahead { condition.wait() }
        guard claimed < batches.count else { return nil }
        claimed += 1
        return claimed - 1
    }

    /// No batch is taken after this, so a helper still running stops after its current one.
    func stop() {
        condition.withLock {
            claimed = batches.count
            condition.broadcast()
        }
    }

    private func shapeBatch(_ index: Int) {
        let reused = condition.withLock { idle.popLast() }
        guard let context = reused ?? makeContext() else {
            condition.withLock {
                failure = .cairo("cannot create a font map")
                condition.broadcast()
            }
            return
        }
        let type = Typography(context: context.context, layout: layout)
        let parts = batches[index].map { shape(type, $0) }
        condition.withLock {
            shaped[index] = Batch(parts: parts, context: context)
            condition.broadcast()
        }
    }
}
