// An embedded chart: takes ?theme=light or ?theme=dark from its address, and tells the page that
// frames it how tall it is, now and whenever that changes, so that the frame fits it exactly.
(function () {
  var theme = new URLSearchParams(location.search).get("theme");
  if (theme === "light" || theme === "dark") {
    document.documentElement.setAttribute("data-theme", theme);
  }
  if (window.parent === window) {
    return;
  }
  var sent = 0;
  function send() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== sent) {
      sent = height;
      window.parent.postMessage({ roireportEmbed: location.pathname, height: height }, "*");
    }
  }
  addEventListener("load", send);
  addEventListener("DOMContentLoaded", function () {
    new ResizeObserver(send).observe(document.documentElement);
  });
})();
