/*
 * support-agent chat widget: one script tag on a brand's page.
 *
 *   <script src="https://support.example.com/widget.js"
 *           data-api-url="https://support.example.com"      (optional: defaults to where this script came from)
 *           data-token="sa1...."                            (optional: a customer token your server signed)
 *           data-title="Help"  data-open="true"></script>
 *
 * It talks to the LangGraph-style API of `support-agent serve` (or `langgraph dev`): creates or resumes a
 * thread, streams each reply (POST /threads/{id}/runs/stream read with fetch + ReadableStream, since
 * EventSource cannot POST), and re-reads the transcript from GET /threads/{id}/state. Nothing from a
 * message or a model is ever parsed as HTML: every node is built with createElement/textContent, and only
 * http(s) URLs become links. No framework, no external requests.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || window.__supportAgentWidget) return;
  window.__supportAgentWidget = true;

  var STORE_VERSION = "v1";
  var POLL_MS = 4000;
  var STREAM_IDLE_MS = 45000; // the server sends a heartbeat every 5 s; this long without a byte = lost
  var URL_PATTERN = /https?:\/\/[^\s<>"'`]+/g;

  var dataset = script.dataset || {};
  var apiUrl = (dataset.apiUrl || new URL(script.src, location.href).origin).replace(/\/+$/, "");
  var hostToken = dataset.token || "";
  var title = dataset.title || "Customer support";

  // --- small DOM helpers (text only, never markup) ---------------------------------------------------
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function safeHref(raw) {
    try {
      var url = new URL(raw);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  /** Text with bare http(s) URLs turned into links; everything else stays a text node. */
  function appendRichText(parent, text) {
    String(text).split(/\n/).forEach(function (line, index) {
      if (index > 0) parent.appendChild(document.createElement("br"));
      var last = 0;
      line.replace(URL_PATTERN, function (match, offset) {
        var trimmed = match.replace(/[.,;:!?)\]]+$/, "");
        var href = safeHref(trimmed);
        if (!href) return match;
        parent.appendChild(document.createTextNode(line.slice(last, offset)));
        var link = el("a", "saw-link", trimmed);
        link.href = href;
        link.target = "_blank";
        link.rel = "noopener noreferrer nofollow";
        parent.appendChild(link);
        last = offset + trimmed.length;
        return match;
      });
      parent.appendChild(document.createTextNode(line.slice(last)));
    });
  }

  function textOf(content) {
    if (typeof content === "string") return content;
    if (Array.isArray(content)) {
      return content.map(function (part) {
        return typeof part === "string" ? part : part && part.type === "text" ? part.text || "" : "";
      }).join("");
    }
    return "";
  }

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  /** Who a customer token names (to key the saved conversation); the server alone verifies it. */
  function tokenOwner(token) {
    try {
      var payload = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
      var claims = JSON.parse(atob(payload + "===".slice((payload.length + 3) % 4)));
      return claims.k + ":" + claims.sub;
    } catch (e) {
      return "signed";
    }
  }

  // --- saved conversation (localStorage): thread id, visitor token, messages not yet delivered --------
  var storeKey = "support-agent-chat:" + STORE_VERSION + ":" + apiUrl + ":" + (hostToken ? tokenOwner(hostToken) : "anonymous");

  function loadSaved() {
    try {
      return JSON.parse(localStorage.getItem(storeKey) || "{}") || {};
    } catch (e) {
      return {};
    }
  }

  var saved = loadSaved();
  saved.outbox = saved.outbox || [];

  function persist() {
    try {
      localStorage.setItem(storeKey, JSON.stringify(saved));
    } catch (e) { /* private mode: the conversation lasts as long as the page */ }
  }

  // --- API -----------------------------------------------------------------------------------------
  function ApiError(status, message) {
    this.status = status;
    this.message = message;
  }

  function token() {
    return hostToken || saved.token;
  }

  function request(method, path, body) {
    var headers = { Authorization: "Bearer " + token() };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    return fetch(apiUrl + path, {
      method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store", credentials: "omit",
    }).then(function (response) {
      if (response.ok) return response.status === 204 ? null : response.json();
      return response.json().catch(function () { return {}; }).then(function (data) {
        throw new ApiError(response.status, data.detail || "The server answered " + response.status + ".");
      });
    }, function () {
      throw new ApiError(0, "We can't reach the support server. Check your connection and try again.");
    });
  }

  function ensureVisitorToken() {
    if (hostToken) return Promise.resolve();
    var expires = saved.expires_at ? Date.parse(saved.expires_at) : 0;
    if (saved.token && expires - Date.now() > 60000) return Promise.resolve();
    return fetch(apiUrl + "/auth/anonymous", { method: "POST", cache: "no-store", credentials: "omit" }).then(
      function (response) {
        if (!response.ok) throw new ApiError(response.status, "The chat could not start a session.");
        return response.json();
      },
      function () { throw new ApiError(0, "We can't reach the support server. Check your connection and try again."); }
    ).then(function (session) {
      // a new visitor identity cannot read the old identity's thread: start afresh
      saved = { token: session.token, expires_at: session.expires_at, outbox: saved.outbox || [] };
      persist();
    });
  }

  function ensureThread() {
    return ensureVisitorToken().then(function () {
      if (saved.thread_id) return saved.thread_id;
      return request("POST", "/threads", { metadata: { channel: "web-widget" } }).then(function (thread) {
        saved.thread_id = thread.thread_id;
        persist();
        return thread.thread_id;
      });
    });
  }

  /** Read an SSE body: calls onEvent(name, data) per event; rejects if the stream stalls or breaks. */
  function readEvents(response, onEvent) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = "";
    function dispatch(block) {
      var name = "message";
      var data = [];
      block.split(/\r?\n/).forEach(function (line) {
        if (!line || line.charAt(0) === ":") return;
        var colon = line.indexOf(":");
        var field = colon < 0 ? line : line.slice(0, colon);
        var value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
        if (field === "event") name = value;
        else if (field === "data") data.push(value);
      });
      if (!data.length) return;
      var parsed;
      try { parsed = JSON.parse(data.join("\n")); } catch (e) { parsed = data.join("\n"); }
      onEvent(name, parsed);
    }
    function next() {
      var timer;
      var stalled = new Promise(function (_, reject) {
        timer = setTimeout(function () {
          reader.cancel();
          reject(new ApiError(0, "The connection was lost while the reply was coming in."));
        }, STREAM_IDLE_MS);
      });
      return Promise.race([reader.read(), stalled]).then(function (chunk) {
        clearTimeout(timer);
        if (chunk.done) {
          if (buffer.trim()) dispatch(buffer);
          return;
        }
        buffer += decoder.decode(chunk.value, { stream: true });
        var parts = buffer.split(/\r?\n\r?\n/);
        buffer = parts.pop();
        parts.forEach(dispatch);
        return next();
      }, function (error) {
        clearTimeout(timer);
        throw error instanceof ApiError ? error : new ApiError(0, "The connection was lost while the reply was coming in.");
      });
    }
    return next();
  }

  // --- the interface ---------------------------------------------------------------------------------
  var root = el("div", "saw-root");
  var launcher = el("button", "saw-launcher", "Chat with us");
  launcher.type = "button";
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", "saw-panel");

  var panel = el("section", "saw-panel");
  panel.id = "saw-panel";
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", title);
  panel.hidden = true;

  var header = el("header", "saw-header");
  var heading = el("h2", "saw-title", title);
  heading.id = "saw-title";
  var subtitle = el("p", "saw-subtitle", "Our assistant answers right away; a person takes over when needed.");
  var closeButton = el("button", "saw-close", "\u00d7");
  closeButton.type = "button";
  closeButton.setAttribute("aria-label", "Close chat");
  var headerText = el("div", "saw-header-text");
  headerText.appendChild(heading);
  headerText.appendChild(subtitle);
  header.appendChild(headerText);
  header.appendChild(closeButton);

  var banner = el("div", "saw-banner");
  banner.setAttribute("role", "alert");
  banner.hidden = true;

  var log = el("ol", "saw-log");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-label", "Conversation");
  log.tabIndex = 0;

  var progress = el("div", "saw-progress");
  progress.setAttribute("role", "status");
  progress.setAttribute("aria-live", "polite");

  var form = el("form", "saw-form");
  var label = el("label", "saw-sr-only", "Type your message");
  label.htmlFor = "saw-input";
  var input = el("textarea", "saw-input");
  input.id = "saw-input";
  input.rows = 1;
  input.maxLength = 4000;
  input.placeholder = "Type your message\u2026";
  input.setAttribute("aria-describedby", "saw-hint");
  var hint = el("span", "saw-sr-only", "Press Enter to send, Shift and Enter for a new line.");
  hint.id = "saw-hint";
  var sendButton = el("button", "saw-send", "Send");
  sendButton.type = "submit";
  form.appendChild(label);
  form.appendChild(input);
  form.appendChild(hint);
  form.appendChild(sendButton);

  panel.appendChild(header);
  panel.appendChild(banner);
  panel.appendChild(log);
  panel.appendChild(progress);
  panel.appendChild(form);
  root.appendChild(launcher);
  root.appendChild(panel);

  var stylesheet = document.createElement("link");
  stylesheet.rel = "stylesheet";
  stylesheet.href = apiUrl + "/widget/widget.css";
  document.head.appendChild(stylesheet);

  // --- rendering -----------------------------------------------------------------------------------
  var rendered = {}; // message id -> <li>
  var busy = false;
  var escalated = false;
  var pollTimer = null;

  function scrollDown() {
    log.scrollTop = log.scrollHeight;
  }

  function who(kind, staffName) {
    if (kind === "customer") return "You";
    if (kind === "staff") return staffName ? staffName + " \u00b7 support team" : "Support team";
    return "Support assistant";
  }

  function messageItem(id, kind, text, staffName) {
    var item = el("li", "saw-msg saw-" + kind);
    item.dataset.id = id;
    item.dataset.kind = kind;
    var author = el("span", "saw-author", who(kind, staffName));
    var body = el("div", "saw-body");
    appendRichText(body, text);
    item.appendChild(author);
    item.appendChild(body);
    return item;
  }

  function setBody(item, text) {
    var body = item.querySelector(".saw-body");
    while (body.firstChild) body.removeChild(body.firstChild);
    appendRichText(body, text);
  }

  function kindOf(message) {
    if (message.type === "human") return "customer";
    if (message.name === "staff") return "staff";
    return "agent";
  }

  function money(amount, currency) {
    var value = Number(amount);
    if (!isFinite(value)) return String(amount || "");
    try {
      return new Intl.NumberFormat(undefined, { style: "currency", currency: currency || "USD" }).format(value);
    } catch (e) {
      return value.toFixed(2) + " " + (currency || "");
    }
  }

  function orderCard(order) {
    var card = el("div", "saw-order");
    card.setAttribute("role", "group");
    card.setAttribute("aria-label", "Order " + order.id);
    var top = el("div", "saw-order-top");
    top.appendChild(el("strong", "saw-order-id", "Order " + order.id));
    top.appendChild(el("span", "saw-order-status", String(order.status || "").replace(/_/g, " ")));
    card.appendChild(top);
    var items = el("ul", "saw-order-items");
    (order.items || []).slice(0, 5).forEach(function (line) {
      items.appendChild(el("li", "", line.quantity + " \u00d7 " + line.product_name));
    });
    card.appendChild(items);
    if (order.total !== undefined) card.appendChild(el("div", "saw-order-total", "Total " + money(order.total, order.currency)));
    (order.shipments || []).forEach(function (shipment) {
      var line = el("div", "saw-order-shipment");
      line.appendChild(document.createTextNode((shipment.carrier || "Shipment") + ": " + String(shipment.status || "").replace(/_/g, " ") + " "));
      var href = shipment.tracking_url && safeHref(shipment.tracking_url);
      if (href) {
        var link = el("a", "saw-link", "Track " + (shipment.tracking_number || "package"));
        link.href = href;
        link.target = "_blank";
        link.rel = "noopener noreferrer nofollow";
        line.appendChild(link);
      }
      card.appendChild(line);
    });
    return card;
  }

  function clearConfirm() {
    Array.prototype.forEach.call(log.querySelectorAll(".saw-confirm"), function (node) { node.remove(); });
  }

  function confirmBlock(action) {
    var block = el("li", "saw-confirm");
    block.appendChild(el("p", "saw-confirm-text", action.summary || "Shall I go ahead?"));
    var buttons = el("div", "saw-confirm-buttons");
    [["Yes, go ahead", "Yes"], ["No, don't", "No"]].forEach(function (choice, index) {
      var button = el("button", index === 0 ? "saw-yes" : "saw-no", choice[0]);
      button.type = "button";
      button.addEventListener("click", function () {
        Array.prototype.forEach.call(buttons.querySelectorAll("button"), function (b) { b.disabled = true; });
        send(choice[1]);
      });
      buttons.appendChild(button);
    });
    block.appendChild(buttons);
    return block;
  }

  function setEscalated(value) {
    escalated = !!value;
    subtitle.textContent = escalated
      ? "A person from our team has your conversation and will reply here."
      : "Our assistant answers right away; a person takes over when needed.";
    panel.classList.toggle("saw-with-person", escalated);
    if (escalated && !pollTimer) pollTimer = setInterval(poll, POLL_MS);
    if (!escalated && pollTimer) {
      clearInterval(pollTimer);
      pollTimer = null;
    }
  }

  /** Bring the page in line with the thread's state: new messages appended, never re-announced. */
  function renderState(values) {
    values = values || {};
    var messages = (values.messages || []).filter(function (m) { return m.type === "human" || m.type === "ai"; });
    var ids = {};
    messages.forEach(function (message, index) {
      ids[message.id] = true;
      var known = rendered[message.id];
      if (known) {
        known.classList.remove("saw-live");
        var answered = messages.slice(index + 1).some(function (m) { return m.type === "ai"; });
        if (answered && known.classList.contains("saw-failed")) markSending(known); // it did get through
        return;
      }
      var staffName = (message.additional_kwargs || {}).staff_name;
      var item = messageItem(message.id, kindOf(message), textOf(message.content), staffName);
      rendered[message.id] = item;
      log.appendChild(item);
    });
    Object.keys(rendered).forEach(function (id) { // streamed bubbles the state knows under another id
      var item = rendered[id];
      if (!ids[id] && item.classList.contains("saw-live")) {
        item.remove();
        delete rendered[id];
      }
    });
    var lastAgent = messages.filter(function (m) { return m.type === "ai"; }).pop();
    var orders = ((values.turn || {}).oms || {}).orders || [];
    if (lastAgent && orders.length && rendered[lastAgent.id] && !rendered[lastAgent.id].querySelector(".saw-order")) {
      orders.forEach(function (order) { rendered[lastAgent.id].appendChild(orderCard(order)); });
    }
    clearConfirm();
    if (values.pending_action && !busy) log.appendChild(confirmBlock(values.pending_action));
    saved.outbox = saved.outbox.filter(function (queued) { return !ids[queued.id]; });
    persist();
    saved.outbox.forEach(function (queued) { // typed before a reload, never delivered: offer to resend
      if (!rendered[queued.id]) {
        var item = messageItem(queued.id, "customer", queued.text);
        rendered[queued.id] = item;
        log.appendChild(item);
        markFailed(item, queued, "This message was not sent.");
      }
    });
    setEscalated(values.escalated);
    scrollDown();
  }

  function showBanner(message, retry) {
    while (banner.firstChild) banner.removeChild(banner.firstChild);
    banner.appendChild(el("span", "", message));
    if (retry) {
      var button = el("button", "saw-retry", "Try again");
      button.type = "button";
      button.addEventListener("click", retry);
      banner.appendChild(button);
    }
    banner.hidden = false;
  }

  function hideBanner() {
    banner.hidden = true;
  }

  function setProgress(text) {
    progress.textContent = text || "";
    progress.classList.toggle("saw-active", !!text);
  }

  function markFailed(item, queued, reason) {
    item.classList.add("saw-failed");
    var old = item.querySelector(".saw-delivery");
    if (old) old.remove();
    var status = el("div", "saw-delivery");
    status.appendChild(el("span", "saw-failed-text", reason + " "));
    var retry = el("button", "saw-retry", "Retry");
    retry.type = "button";
    retry.setAttribute("aria-label", "Retry sending: " + queued.text.slice(0, 60));
    retry.addEventListener("click", function () { send(queued.text, queued.id); });
    status.appendChild(retry);
    item.appendChild(status);
  }

  function markSending(item) {
    item.classList.remove("saw-failed");
    var old = item.querySelector(".saw-delivery");
    if (old) old.remove();
  }

  // --- conversation ---------------------------------------------------------------------------------
  function refresh() {
    if (!saved.thread_id) {
      renderState({});
      return Promise.resolve();
    }
    return request("GET", "/threads/" + saved.thread_id + "/state").then(function (state) {
      hideBanner();
      renderState(state.values);
    }, function (error) {
      if (error.status === 404) { // the thread is gone (or was never ours): start a new one
        delete saved.thread_id;
        persist();
        renderState({});
        return;
      }
      if (error.status === 401 && !hostToken) { // the visitor session expired: a new one, a new thread
        saved = { outbox: saved.outbox };
        persist();
        return ensureThread().then(function () { renderState({}); });
      }
      showBanner(error.status === 401 ? "Your session has expired. Reload the page to continue." : error.message, start);
      throw error;
    });
  }

  function poll() {
    if (busy || document.hidden || panel.hidden) return;
    refresh().catch(function () { /* the banner says so; the next poll tries again */ });
  }

  function streamRun(threadId, queued, onToken) {
    var body = {
      assistant_id: "support",
      input: { messages: [{ role: "user", content: queued.text, id: queued.id }] },
      stream_mode: ["messages-tuple", "custom"],
      on_disconnect: "continue",
    };
    return fetch(apiUrl + "/threads/" + threadId + "/runs/stream", {
      method: "POST", cache: "no-store", credentials: "omit",
      headers: { Authorization: "Bearer " + token(), "Content-Type": "application/json", Accept: "text/event-stream" },
      body: JSON.stringify(body),
    }).then(function (response) {
      if (!response.ok) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          throw new ApiError(response.status, data.detail || "The server answered " + response.status + ".");
        });
      }
      var outcome = { status: null, error: null };
      return readEvents(response, function (name, data) {
        if (name === "messages" && Array.isArray(data)) onToken(data[0] || {});
        else if (name === "custom" && data && data.text) setProgress(data.text);
        else if (name === "error") outcome.error = (data && data.message) || "The reply failed.";
        else if (name === "end") outcome.status = data && data.status;
      }).then(function () {
        if (outcome.error || outcome.status === "error") throw new ApiError(500, "Sorry, something went wrong on our side.");
        if (outcome.status !== "success") throw new ApiError(0, "The reply was interrupted.");
      });
    }, function () {
      throw new ApiError(0, "We can't reach the support server. Check your connection and try again.");
    });
  }

  function send(text, messageId) {
    text = String(text || "").trim();
    if (!text || busy) return;
    var queued = { id: messageId || newId(), text: text };
    if (!saved.outbox.some(function (q) { return q.id === queued.id; })) saved.outbox.push(queued);
    persist();
    var item = rendered[queued.id];
    if (!item) {
      item = messageItem(queued.id, "customer", text);
      rendered[queued.id] = item;
      log.appendChild(item);
    }
    markSending(item);
    clearConfirm();
    busy = true;
    sendButton.disabled = true;
    setProgress("Reading your message...");
    scrollDown();
    var live = {};
    function onToken(message) {
      if (message.type !== "ai" && message.type !== "AIMessageChunk") return;
      var id = message.id || "live";
      var content = textOf(message.content);
      var bubble = rendered[id];
      if (!bubble) {
        bubble = messageItem(id, message.name === "staff" ? "staff" : "agent", "");
        bubble.classList.add("saw-live");
        rendered[id] = bubble;
        log.appendChild(bubble);
        live[id] = "";
      }
      live[id] = message.type === "AIMessageChunk" ? (live[id] || "") + content : content;
      setBody(bubble, live[id]);
      setProgress("");
      scrollDown();
    }
    return ensureThread().then(function (threadId) {
      return streamRun(threadId, queued, onToken);
    }).then(function () {
      busy = false;
      return refresh();
    }).catch(function (error) {
      busy = false;
      var reason = error && error.message ? error.message : "The message could not be sent.";
      markFailed(item, queued, (error && error.status === 0 ? "Not sent: " : "Failed: ") + reason);
      return refresh().catch(function () { /* unreachable: the failed message already says so */ });
    }).then(function () {
      busy = false;
      setProgress("");
      sendButton.disabled = false;
      var failed = item.classList.contains("saw-failed");
      if (!failed) {
        saved.outbox = saved.outbox.filter(function (q) { return q.id !== queued.id; });
        persist();
      }
      scrollDown();
    });
  }

  // --- events ----------------------------------------------------------------------------------------
  function openPanel() {
    panel.hidden = false;
    launcher.setAttribute("aria-expanded", "true");
    root.classList.add("saw-open");
    input.focus();
    scrollDown();
  }

  function closePanel() {
    panel.hidden = true;
    launcher.setAttribute("aria-expanded", "false");
    root.classList.remove("saw-open");
    launcher.focus();
  }

  launcher.addEventListener("click", function () { if (panel.hidden) openPanel(); else closePanel(); });
  closeButton.addEventListener("click", closePanel);
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") closePanel();
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit", { cancelable: true }));
    }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (busy || !input.value.trim()) return;
    var text = input.value;
    input.value = "";
    send(text);
  });

  function start() {
    hideBanner();
    return refresh().catch(function () { /* shown in the banner with a Try again button */ });
  }

  function mount() {
    document.body.appendChild(root);
    if (dataset.open === "true") openPanel();
    start();
  }

  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
