// Applies the stored theme before the first paint (an external file: the CSP allows no inline script).
(function () {
  var choice = 'system';
  try {
    choice = localStorage.getItem('dashboard.theme') || 'system';
  } catch (e) {}
  var dark = choice === 'dark' || (choice !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
})();
