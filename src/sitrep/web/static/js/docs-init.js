// Swagger UI from vendored files: the API description works without a network.
window.ui = window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" });
