// Presentation mode: one card at a time; the timer restarts on each card and turns red past its minutes.
(function () {
  "use strict";
  var root = document.getElementById("presentation");
  if (!root) { return; }
  var slides = root.querySelectorAll(".slide");
  var limit = Number(root.getAttribute("data-minutes")) * 60;
  var timer = document.getElementById("timer");
  var index = 0, started = Date.now();

  function show(next) {
    if (slides.length === 0) { return; }
    index = Math.max(0, Math.min(slides.length - 1, next));
    slides.forEach(function (slide, i) { slide.hidden = i !== index; });
    document.getElementById("position").textContent = (index + 1) + " / " + slides.length;
    started = Date.now();
    tick();
  }

  function tick() {
    var seconds = Math.floor((Date.now() - started) / 1000);
    timer.textContent = Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
    timer.classList.toggle("over", seconds >= limit);
  }

  document.getElementById("previous").addEventListener("click", function () { show(index - 1); });
  document.getElementById("next").addEventListener("click", function () { show(index + 1); });
  document.addEventListener("keydown", function (e) {
    if (e.key === "ArrowRight") { show(index + 1); }
    if (e.key === "ArrowLeft") { show(index - 1); }
  });
  setInterval(tick, 1000);
  show(0);
})();
