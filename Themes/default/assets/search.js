/* Hoithao's site search. The index is made at build time (Sources/HoithaoSearch) as small scripts in search/:
   a manifest, term shards named by the start of the folded term, and document chunks. Each is loaded with a
   <script> element (browsers refuse fetch() from file://), only once the visitor starts typing, and only the
   shards the query's words need. Nothing leaves the site. The folding and the ranking are SearchFolding's and
   SearchIndex.results(for:)'s. */
(function () {
  "use strict";
  var form = document.querySelector("form.site-search");
  var panel = document.querySelector(".site-search-results");
  if (!form || !panel || !("Promise" in window)) return;
  var input = form.querySelector("input[type=search]");
  var status = panel.querySelector(".site-search-status");
  var list = panel.querySelector(".site-search-list");
  var base = new URL(form.getAttribute("data-manifest"), document.baseURI);
  var root = new URL(form.getAttribute("data-root") || "./", document.baseURI);
  var shown = 20;
  var index = { manifest: null, shards: {}, chunks: {} };
  var loading = {};
  var latest = 0;

  window.hoithaoSearch = {
    manifest: function (manifest) { index.manifest = manifest; },
    terms: function (key, terms) { index.shards[key] = terms; },
    documents: function (chunk, documents) { index.chunks[chunk] = documents; }
  };

  function load(name) {
    var url = new URL(name, base).href;
    if (!loading[url]) {
      loading[url] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = url;
        script.async = true;
        script.onload = resolve;
        script.onerror = function () { delete loading[url]; reject(new Error(url)); };
        document.head.appendChild(script);
      });
    }
    return loading[url];
  }

  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u0111\u00f0]/g, "d");
  }

  function terms(text) {
    return (fold(text).match(/[\p{L}\p{N}]+/gu) || []).filter(function (term) {
      return Array.from(term).length <= 32;
    });
  }

  /* The query's words, each with whether it matches the terms it starts (the last one, while being typed). A
     one-letter word being typed waits for its second letter: it would load every shard under its letter. */
  function words(query) {
    var found = terms(query);
    var typing = !/\s$/.test(query);
    var result = found.map(function (word, number) {
      return { word: word, prefix: typing && number === found.length - 1 };
    });
    return result.filter(function (entry) { return !(entry.prefix && Array.from(entry.word).length < 2); });
  }

  /* The shard holding `word` is the one with the longest key that starts it; a word being typed also needs
     every shard whose key it starts. */
  function shardKeys(entry) {
    var keys = Object.keys(index.manifest.shards);
    var deepest = "";
    keys.forEach(function (key) {
      if (entry.word.indexOf(key) === 0 && key.length > deepest.length) deepest = key;
    });
    var needed = deepest ? [deepest] : [];
    if (entry.prefix) {
      keys.forEach(function (key) {
        if (key !== deepest && key.indexOf(entry.word) === 0) needed.push(key);
      });
    }
    return needed;
  }

  /* Each document's score for one word: a whole-term match counts twice, a term it only starts once. */
  function scores(entry) {
    var found = {};
    shardKeys(entry).forEach(function (key) {
      var shard = index.shards[key] || {};
      Object.keys(shard).forEach(function (term) {
        var whole = term === entry.word;
        if (!whole && !(entry.prefix && term.indexOf(entry.word) === 0)) return;
        var postings = shard[term];
        var document = 0;
        for (var i = 0; i < postings.length; i += 2) {
          document += postings[i];
          var score = whole ? 2 * postings[i + 1] : postings[i + 1];
          if (!(found[document] >= score)) found[document] = score;
        }
      });
    });
    return found;
  }

  function rank(entries) {
    var totals = null;
    entries.forEach(function (entry) {
      var found = scores(entry);
      if (totals === null) {
        totals = found;
        return;
      }
      var both = {};
      Object.keys(found).forEach(function (document) {
        if (document in totals) both[document] = totals[document] + found[document];
      });
      totals = both;
    });
    return Object.keys(totals || {}).map(Number).sort(function (a, b) {
      return totals[b] - totals[a] || a - b;
    });
  }

  /* `text` as nodes, each word the query matches in a <mark>. */
  function marked(text, entries) {
    var fragment = document.createDocumentFragment();
    var pattern = /[\p{L}\p{N}\p{M}]+/gu;
    var last = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      var folded = fold(match[0]);
      var hit = entries.some(function (entry) {
        return folded === entry.word || (entry.prefix && folded.indexOf(entry.word) === 0);
      });
      if (!hit) continue;
      fragment.appendChild(document.createTextNode(text.slice(last, match.index)));
      var mark = document.createElement("mark");
      mark.textContent = match[0];
      fragment.appendChild(mark);
      last = match.index + match[0].length;
    }
    fragment.appendChild(document.createTextNode(text.slice(last)));
    return fragment;
  }

  function say(message) {
    status.textContent = message;
  }

  function count(number) {
    var template = form.getAttribute(number === 1 ? "data-count-one" : "data-count");
    return template.replace("{n}", number.toLocaleString(document.documentElement.lang || undefined));
  }

  function show(ranked, entries) {
    list.textContent = "";
    ranked.slice(0, shown).forEach(function (number) {
      var documentEntry = index.chunks[Math.floor(number / index.manifest.chunk)][number % index.manifest.chunk];
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = new URL(documentEntry[0], root).href;
      var kind = document.createElement("span");
      kind.className = "site-search-kind";
      kind.textContent = documentEntry[2];
      link.appendChild(kind);
      link.appendChild(document.createTextNode(" "));
      var title = document.createElement("span");
      title.className = "site-search-title";
      title.appendChild(marked(documentEntry[1], entries));
      link.appendChild(title);
      item.appendChild(link);
      [documentEntry[3], documentEntry[4]].forEach(function (text, position) {
        if (!text) return;
        var line = document.createElement("p");
        line.className = position === 0 ? "site-search-context" : "site-search-excerpt";
        line.appendChild(marked(text, entries));
        item.appendChild(line);
      });
      list.appendChild(item);
    });
    say(ranked.length ? count(ranked.length) : form.getAttribute("data-none"));
  }

  function search(query) {
    var run = ++latest;
    var entries = words(query);
    if (!entries.length) {
      panel.hidden = true;
      list.textContent = "";
      say("");
      return Promise.resolve();
    }
    panel.hidden = false;
    say(form.getAttribute("data-loading"));
    return load("manifest.js").then(function () {
      var names = {};
      entries.forEach(function (entry) {
        shardKeys(entry).forEach(function (key) { names[index.manifest.shards[key]] = true; });
      });
      return Promise.all(Object.keys(names).map(load));
    }).then(function () {
      var ranked = rank(entries);
      var chunks = {};
      ranked.slice(0, shown).forEach(function (number) { chunks[Math.floor(number / index.manifest.chunk)] = true; });
      return Promise.all(Object.keys(chunks).map(function (chunk) { return load("d-" + chunk + ".js"); }))
        .then(function () { if (run === latest) show(ranked, entries); });
    }).catch(function () {
      if (run === latest) say(form.getAttribute("data-failed"));
    });
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll("a"));
  }

  input.addEventListener("input", function () { search(input.value); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    search(input.value).then(function () {
      var first = links()[0];
      if (first) first.focus();
    });
  });
  /* Down from the box goes to the results, up and down move between them, Escape closes them. */
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && links().length) {
      event.preventDefault();
      links()[0].focus();
    } else if (event.key === "Escape") {
      input.value = "";
      search("");
    }
  });
  list.addEventListener("keydown", function (event) {
    var all = links();
    var position = all.indexOf(document.activeElement);
    if (position < 0) return;
    if (event.key === "ArrowDown" && position < all.length - 1) {
      event.preventDefault();
      all[position + 1].focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      (position > 0 ? all[position - 1] : input).focus();
    } else if (event.key === "Escape") {
      input.focus();
      input.value = "";
      search("");
    }
  });
  /* The search page opened with ?q= (the form without a script leads there) shows its results at once. */
  var asked = new URLSearchParams(location.search).get("q");
  if (asked) {
    input.value = asked;
    search(asked);
  }
})();
