/* The /chat demo page: embeds the widget as a brand's page would, with the customer token (if any) taken from
 * the address fragment (#token=...), which never reaches a server log. Real pages write the tag directly. */
(function () {
  "use strict";
  var params = new URLSearchParams(location.hash.replace(/^#/, ""));
  var tag = document.createElement("script");
  tag.src = "/widget.js";
  tag.dataset.apiUrl = location.origin;
  tag.dataset.open = "true";
  tag.dataset.title = "Northbound Apparel support";
  var token = params.get("token");
  if (token) tag.dataset.token = token;
  document.body.appendChild(tag);
})();
