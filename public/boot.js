// The page's one classic script, external because the CSP allows no inline script. It runs in <head>, before
// the first paint:
// 1. It applies the stored theme (or the system's), so a dark page never flashes light.
// 2. In a build, it loads the app only after the first paint (src/cli/vite-boot-plugin.ts moved the entry
//    script and its preloads into data-entry/data-preload): the page the build prerendered shows at once,
//    without its scripts competing for the network with the page and its stylesheet, and the app then takes
//    the page over (hydrates). A hidden tab, which paints nothing, loads the app at once.
(function () {
  var root = document.documentElement;
  var choice = 'system';
  try {
    choice = localStorage.getItem('dashboard.theme') || 'system';
  } catch (e) {}
  var dark = choice === 'dark' || (choice !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  root.classList.toggle('dark', dark);
  root.classList.toggle('light', !dark);
  root.style.colorScheme = dark ? 'dark' : 'light';

  var script = document.currentScript;
  var entry = script && script.getAttribute('data-entry');
  if (!entry) return;
  var preload = (script.getAttribute('data-preload') || '').split(' ');
  var started = false;
  function start() {
    if (started) return;
    started = true;
    for (var i = 0; i < preload.length; i++) {
      if (!preload[i]) continue;
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = preload[i];
      document.head.appendChild(link);
    }
    var app = document.createElement('script');
    app.type = 'module';
    app.crossOrigin = '';
    app.src = entry;
    document.head.appendChild(app);
  }
  function afterPaint() {
    var root = document.getElementById('root');
    // A hidden tab paints nothing; a page without prerendered content has nothing to paint before the app.
    if (document.visibilityState !== 'visible' || !root || !root.firstElementChild) return start();
    document.addEventListener('visibilitychange', start, { once: true });
    // The browser reports the first contentful paint once it is on screen (a frame's callbacks run before the
    // frame reaches the screen, so they would start the download too early). A browser without paint timing
    // loads the app after a second; one with it, should the report not come, after five (a slow stylesheet
    // can hold the paint back that long, and the app must not compete with it).
    var paint = window.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') >= 0;
    if (paint)
      new PerformanceObserver(function (list, observer) {
        if (!list.getEntriesByName('first-contentful-paint').length) return;
        observer.disconnect();
        setTimeout(start, 0);
      }).observe({ type: 'paint', buffered: true });
    setTimeout(start, paint ? 5000 : 1000);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterPaint, { once: true });
  else afterPaint();
})();
