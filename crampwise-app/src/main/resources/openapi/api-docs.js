// Starts Swagger UI on /api-docs. A file of our own, not an inline script: the site's
// Content-Security-Policy allows scripts from our own origin only.
(function () {
  'use strict';
  function start() {
    var root = document.getElementById('swagger-ui');
    if (!root || typeof window.SwaggerUIBundle !== 'function') {
      return;
    }
    window.ui = window.SwaggerUIBundle({
      url: root.getAttribute('data-spec'),
      domNode: root,
      deepLinking: true,
      // The public validator badge would load an image from another site; the CSP forbids it.
      validatorUrl: null,
      presets: [window.SwaggerUIBundle.presets.apis],
      layout: 'BaseLayout',
      defaultModelsExpandDepth: 0,
      supportedSubmitMethods: ['get', 'post']
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
