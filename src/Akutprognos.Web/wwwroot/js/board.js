// The live board: joins the meeting's SignalR group and, once joined and whenever anything on the board
// changes, fetches the board's cards again from the server (which renders and encodes them) and patches them in
// place. A card that did not change is left alone; in a card that did, every part is replaced except a part
// holding the keyboard focus or text not yet sent, so nobody loses a half-typed idea, their focus or their place
// on the page. Cards and entries that arrived since the page was opened carry a small "new" marker until looked at.
(function () {
  "use strict";
  // The card form shows the fields of the chosen kind only; without script all are shown and the server keeps the kind's.
  var kind = document.getElementById("kind");
  if (kind) {
    var show = function () {
      document.querySelectorAll("#post-card fieldset[data-kind]").forEach(function (set) {
        set.hidden = set.getAttribute("data-kind") !== kind.value;
      });
    };
    kind.addEventListener("change", show);
    show();
  }
})();

(function () {
  "use strict";
  var board = document.getElementById("board");
  if (!board) { return; }
  var newLabel = board.getAttribute("data-new-label") || "New";
  var newCount = document.getElementById("new-since");

  // True when the user is working in `node`: it holds the focus, or a field in it differs from what the server sent.
  function busy(node) {
    if (node.nodeType !== 1) { return false; }
    var active = document.activeElement;
    if (active && active !== document.body && node.contains(active)) { return true; }
    var fields = node.matches("input, textarea, select") ? [node] : node.querySelectorAll("input, textarea, select");
    for (var i = 0; i < fields.length; i++) {
      var field = fields[i];
      if (field.type === "hidden" || field.type === "submit") { continue; }
      if (field.tagName === "SELECT") {
        if (changedSelect(field)) { return true; }
      } else if (field.type === "checkbox" || field.type === "radio") {
        if (field.checked !== field.defaultChecked) { return true; }
      } else if (field.value !== field.defaultValue) {
        return true;
      }
    }
    // An open menu or form (<details>) the user opened stays open.
    return node.tagName === "DETAILS" && node.open !== node.hasAttribute("data-was-open") && node.open;
  }

  // Whether a list's choice differs from the one it was sent with. With no option marked selected, a drop-down
  // starts at its first option (a multiple choice at none), so that one being selected is no change.
  function changedSelect(field) {
    var options = field.options;
    var marked = Array.prototype.some.call(options, function (o) { return o.defaultSelected; });
    for (var j = 0; j < options.length; j++) {
      var initially = options[j].defaultSelected || (!marked && !field.multiple && j === 0);
      if (options[j].selected !== initially) { return true; }
    }
    return false;
  }

  // A key that finds the same part of a card in the old and new rendering.
  function keyOf(node) {
    if (node.nodeType !== 1) { return null; }
    return node.getAttribute("data-part") || node.id || (node.tagName + "." + node.className);
  }

  function markNew(node) {
    if (node.querySelector(".new-marker")) { return; }
    node.classList.add("is-new");
    var marker = document.createElement("span");
    marker.className = "new-marker";
    marker.textContent = newLabel;
    var heading = node.matches("li") ? node : node.querySelector("h3");
    (heading || node).appendChild(document.createTextNode(" "));
    (heading || node).appendChild(marker);
    counted();
  }

  function seen(node) {
    node.classList.remove("is-new");
    node.querySelectorAll(".new-marker").forEach(function (m) { m.remove(); });
    counted();
  }

  function counted() {
    if (!newCount) { return; }
    var n = board.querySelectorAll("article.is-new").length;
    newCount.hidden = n === 0;
    newCount.querySelector("[data-count]").textContent = String(n);
  }

  // Replace the children of `old` by those of `fresh`, keeping in place every child the user is busy in.
  function patchChildren(old, fresh) {
    var kept = {};
    Array.prototype.slice.call(old.childNodes).forEach(function (child) {
      var key = keyOf(child);
      if (key !== null && busy(child) && !kept[key]) { kept[key] = child; } else { child.remove(); }
    });
    var cursor = null;
    Array.prototype.slice.call(fresh.childNodes).forEach(function (child) {
      var key = keyOf(child);
      if (key !== null && kept[key]) {
        cursor = kept[key];
        delete kept[key];
        return;
      }
      if (cursor) { cursor.after(child); } else { old.prepend(child); }
      cursor = child;
    });
  }

  function patchCard(old, fresh) {
    var source = fresh.outerHTML;
    if (old.boardSource === source) { return; }
    old.boardSource = source;
    var known = {};
    old.querySelectorAll("li[data-entry]").forEach(function (li) { known[li.getAttribute("data-entry")] = true; });
    var wasNew = old.classList.contains("is-new");
    Array.prototype.slice.call(fresh.attributes).forEach(function (a) { old.setAttribute(a.name, a.value); });
    if (wasNew) { old.classList.add("is-new"); }
    patchChildren(old, fresh);
    old.querySelectorAll("li[data-entry]").forEach(function (li) {
      if (!known[li.getAttribute("data-entry")]) { li.classList.add("is-new"); }
    });
    if (wasNew && !old.querySelector(".new-marker")) { markNew(old); }
  }

  function patch(html) {
    var fresh = document.createElement("div");
    fresh.innerHTML = html;
    var y = window.scrollY;
    // What the server sent, noted before its nodes are moved into the page.
    var sections = {};
    Array.prototype.forEach.call(fresh.children, function (f) { sections[keyOf(f)] = true; });
    // Sections (one per kind of card, and the micro-projects) are kept by their key; their headings are replaced.
    var cursor = null;
    Array.prototype.slice.call(fresh.children).forEach(function (section) {
      var key = keyOf(section);
      var old = Array.prototype.find.call(board.children, function (s) { return keyOf(s) === key; });
      if (!old) {
        if (cursor) { cursor.after(section); } else { board.prepend(section); }
        cursor = section;
        return;
      }
      cursor = old;
      if (!old.querySelector("article[data-card]") && !section.querySelector("article[data-card]")) {
        if (!busy(old)) { old.replaceWith(section); cursor = section; }
        return;
      }
      var heading = section.querySelector("h2");
      if (heading && old.querySelector("h2")) { old.querySelector("h2").replaceWith(heading); }
      var previous = old.querySelector("h2");
      var ids = {};
      section.querySelectorAll(":scope > article[data-card]").forEach(function (c) { ids[c.id] = true; });
      Array.prototype.slice.call(section.querySelectorAll(":scope > article[data-card]")).forEach(function (card) {
        var existing = document.getElementById(card.id);
        if (existing && existing.parentNode !== old) { existing.remove(); existing = null; }
        if (existing) {
          patchCard(existing, card);
          if (previous && existing.previousElementSibling !== previous && !busy(existing)) { previous.after(existing); }
          previous = existing;
        } else {
          if (previous) { previous.after(card); } else { old.prepend(card); }
          card.boardSource = card.outerHTML;
          markNew(card);
          previous = card;
        }
      });
      // Cards no longer on the board (withdrawn, hidden, merged) go, unless someone is writing in them.
      old.querySelectorAll(":scope > article[data-card]").forEach(function (c) { if (!ids[c.id] && !busy(c)) { c.remove(); } });
    });
    Array.prototype.slice.call(board.children).forEach(function (s) {
      var key = keyOf(s);
      if (!sections[key] && !busy(s)) { s.remove(); }
    });
    // Chromium's scroll anchoring keeps the view when content grows above it; elsewhere the position is put back.
    if (Math.abs(window.scrollY - y) > 0 && !("overflowAnchor" in document.body.style)) { window.scrollTo(0, y); }
    counted();
  }

  // A card is "looked at" once the user points at it, focuses into it or it has been in view for two seconds.
  board.addEventListener("focusin", function (e) { var card = e.target.closest("article.is-new"); if (card) { seen(card); } });
  board.addEventListener("pointerover", function (e) { var card = e.target.closest("article.is-new"); if (card) { seen(card); } });
  if (newCount) {
    newCount.querySelector("button").addEventListener("click", function () {
      var first = board.querySelector("article.is-new");
      if (first) {
        first.scrollIntoView({ block: "center" });
        var heading = first.querySelector("h3");
        if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
      }
    });
  }

  if (typeof signalR === "undefined") { return; }
  var meeting = Number(board.getAttribute("data-meeting"));
  var pending = null;

  function refresh() {
    if (pending) { pending.again = true; return; }
    pending = { again: false };
    fetch(board.getAttribute("data-live"), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) { if (html !== null) { patch(html); } })
      .finally(function () {
        var again = pending.again;
        pending = null;
        if (again) { refresh(); }
      });
  }

  var connection = new signalR.HubConnectionBuilder().withUrl("/board/hub").withAutomaticReconnect().build();
  connection.on("changed", refresh);
  connection.onreconnected(function () { connection.invoke("Join", meeting).then(refresh); });
  // The page was rendered before the connection joined the meeting: a change made in between was announced to a
  // group this page was not in yet, so once joined the board is fetched again (as after a reconnect).
  connection.start().then(function () {
    board.setAttribute("data-connected", "true");
    return connection.invoke("Join", meeting);
  }).then(function () {
    board.setAttribute("data-joined", "true");
    refresh();
  });
})();
