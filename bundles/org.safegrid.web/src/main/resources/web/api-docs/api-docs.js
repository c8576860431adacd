// /ui/api-docs/: Swagger UI over the live OpenAPI description of /api (a plain script, loaded after Swagger UI's).
// "Try it out" sends the SG_TOKEN cookie of a logged-in console user; "Authorize" takes Basic or a Bearer token.
(function () {
  let english = false;
  try {
    english = localStorage.getItem('safegrid.locale') === 'en'; // the console's language choice
  } catch {
    // not readable: Chinese
  }
  if (english) {
    document.documentElement.lang = 'en';
    document.title = 'SafeGrid API docs';
    document.getElementById('docs-title').textContent = 'SafeGrid API docs';
    document.getElementById('docs-back').textContent = 'Back to the console';
  }
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    docExpansion: 'list',
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout',
    validatorUrl: null, // no badge from the public validator: nothing leaves this server
  });
})();
