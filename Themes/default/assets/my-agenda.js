// The visitor's own agenda on the agenda page: a star on each item, kept in localStorage per workshop; a
// view of the starred items only; their calendar made here from the events the build embedded; and, during
// the event, the current and next items marked by the visitor's clock. Without this script the page shows
// none of these controls.
(function () {
  "use strict";
  var panel = document.querySelector(".my-agenda");
  if (!panel) return;
  var items = Array.prototype.slice.call(document.querySelectorAll(".agenda-item[data-start]"));
  var key = panel.getAttribute("data-key");
  var toggle = panel.querySelector(".my-agenda-toggle");
  var download = panel.querySelector(".my-agenda-download");
  var status = panel.querySelector(".my-agenda-status");
  var empty = panel.querySelector(".my-agenda-empty");

  // Storage may be refused (private windows, settings): the stars then last as long as the page.
  function load() {
    try {
      var stored = JSON.parse(window.localStorage.getItem(key) || "[]");
      return Array.isArray(stored) ? stored.filter(function (id) { return typeof id === "string"; }) : [];
    } catch (error) {
      return [];
    }
  }
  var starred = load();

  function save() {
    try {
      window.localStorage.setItem(key, JSON.stringify(starred));
    } catch (error) {
      // Kept in memory only.
    }
  }

  function isStarred(item) { return starred.indexOf(item.id) >= 0; }

  function titleOf(item) {
    var title = item.querySelector(".agenda-title");
    return title ? title.textContent : item.id;
  }

  items.forEach(function (item) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "star";
    var mark = document.createElement("span");
    mark.setAttribute("aria-hidden", "true");
    var name = document.createElement("span");
    name.className = "visually-hidden";
    name.textContent = panel.getAttribute("data-star") + ": " + titleOf(item);
    button.appendChild(mark);
    button.appendChild(name);
    button.addEventListener("click", function () {
      if (isStarred(item)) {
        starred = starred.filter(function (id) { return id !== item.id; });
      } else {
        starred.push(item.id);
      }
      save();
      show();
    });
    var time = item.querySelector(".agenda-time");
    time.appendChild(document.createTextNode(" "));
    time.appendChild(button);
  });

  function setHidden(element, hidden) {
    if (hidden) element.setAttribute("hidden", "");
    else element.removeAttribute("hidden");
  }

  // Hides what holds no starred item when only the visitor's agenda is shown.
  function show() {
    var only = toggle.getAttribute("aria-pressed") === "true";
    var count = 0;
    items.forEach(function (item) {
      var on = isStarred(item);
      if (on) count += 1;
      item.classList.toggle("starred", on);
      var button = item.querySelector(".star");
      button.setAttribute("aria-pressed", on ? "true" : "false");
      button.firstChild.textContent = on ? "\u2605" : "\u2606";
      setHidden(item, only && !on);
    });
    ["section.session", ".agenda-day"].forEach(function (selector) {
      Array.prototype.forEach.call(document.querySelectorAll(selector), function (part) {
        setHidden(part, only && !part.querySelector(".agenda-item.starred"));
      });
    });
    setHidden(empty, count > 0);
    download.disabled = count === 0;
    status.textContent = panel.getAttribute("data-count").replace("{n}", count).replace("{total}", items.length);
  }

  toggle.addEventListener("click", function () {
    toggle.setAttribute("aria-pressed", toggle.getAttribute("aria-pressed") === "true" ? "false" : "true");
    show();
  });

  // The build wrote each event as the server's own calendars do (same UID, DTSTAMP, time zone, folding);
  // attributes lose CR, so each line end is made CRLF again.
  function calendarText() {
    var events = items.filter(isStarred).map(function (item) { return item.getAttribute("data-event"); });
    var text = panel.getAttribute("data-head") + events.join("") + panel.getAttribute("data-end");
    return text.replace(/\r?\n/g, "\r\n");
  }

  download.addEventListener("click", function () {
    var url = URL.createObjectURL(new Blob([calendarText()], { type: "text/calendar;charset=utf-8" }));
    var link = document.createElement("a");
    link.href = url;
    link.download = panel.getAttribute("data-file");
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 0);
  });

  function badge(item, text) {
    var old = item.querySelector(".agenda-live");
    if (old) old.remove();
    if (!text) return;
    var mark = document.createElement("p");
    mark.className = "agenda-live";
    mark.textContent = text;
    var body = item.querySelector(".agenda-body");
    body.insertBefore(mark, body.firstChild);
  }

  // Now: started and not yet ended (an item without an end lasts until the next item starts). Next: the
  // earliest start still to come, only between the first start and the last end.
  function markLive() {
    var now = Date.now() / 1000;
    var starts = items.map(function (item) { return Number(item.getAttribute("data-start")); });
    var ends = items.map(function (item, index) {
      if (item.hasAttribute("data-end")) return Number(item.getAttribute("data-end"));
      var later = starts.filter(function (start) { return start > starts[index]; });
      return later.length ? Math.min.apply(null, later) : starts[index];
    });
    var during = items.length > 0 && now >= Math.min.apply(null, starts) && now < Math.max.apply(null, ends);
    var coming = starts.filter(function (start) { return start > now; });
    var next = coming.length ? Math.min.apply(null, coming) : null;
    items.forEach(function (item, index) {
      var current = starts[index] <= now && now < ends[index];
      var following = during && !current && starts[index] === next;
      item.classList.toggle("is-now", current);
      item.classList.toggle("is-next", following);
      badge(item, current ? panel.getAttribute("data-now") : following ? panel.getAttribute("data-next") : "");
    });
  }

  setHidden(panel, false);
  show();
  markLive();
  setInterval(markLive, 60000);
})();
