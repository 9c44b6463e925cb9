// The live board: joins the meeting's SignalR group and, when anything on the board changes, fetches the
// board's cards again from the server (which renders and encodes them) and swaps them in.
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
  if (!board || typeof signalR === "undefined") { return; }
  var meeting = Number(board.getAttribute("data-meeting"));
  var pending = null;

  function refresh() {
    if (pending) { pending.again = true; return; }
    pending = { again: false };
    fetch(board.getAttribute("data-live"), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        // Keep a half-typed idea: only swap when no field on the board has focus with text in it.
        var active = document.activeElement;
        if (html === null) { return; }
        if (active && board.contains(active) && active.value) { board.addEventListener("focusout", refresh, { once: true }); return; }
        board.innerHTML = html;
      })
      .finally(function () {
        var again = pending.again;
        pending = null;
        if (again) { refresh(); }
      });
  }

  var connection = new signalR.HubConnectionBuilder().withUrl("/board/hub").withAutomaticReconnect().build();
  connection.on("changed", refresh);
  connection.onreconnected(function () { connection.invoke("Join", meeting).then(refresh); });
  connection.start().then(function () {
    board.setAttribute("data-connected", "true");
    return connection.invoke("Join", meeting);
  }).then(function () { board.setAttribute("data-joined", "true"); });
})();
