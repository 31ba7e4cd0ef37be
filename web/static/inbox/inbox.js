/*
 * The staff inbox (/inbox): the handoff queue, one case at a time, claim / reply / resolve.
 *
 * It uses the staff API (/inbox/api/...) with the staff token the person pasted, kept in sessionStorage
 * (this tab only). Everything shown comes from customers, the model or the OMS, so every node is built with
 * createElement/textContent; only http(s) URLs become links.
 */
(function () {
  "use strict";

  var TOKEN_KEY = "support-agent-inbox-token";
  var REFRESH_MS = 10000;
  var OUTCOMES = [
    ["resolved", "Resolved"], ["refunded", "Refunded"], ["replaced", "Replaced"],
    ["no_action", "No action needed"], ["other", "Other"],
  ];

  var $ = function (id) { return document.getElementById(id); };
  var signin = $("ib-signin");
  var main = $("ib-main");
  var caseView = $("ib-case");
  var list = $("ib-cases");
  var listStatus = $("ib-list-status");
  var filter = $("ib-filter");
  var current = null; // id of the open case
  var timer = null;

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

  function link(text, raw) {
    var href = safeHref(raw);
    if (!href) return el("span", "", text);
    var a = el("a", "", text);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer nofollow";
    return a;
  }

  function richText(parent, text) {
    String(text || "").split(/\n/).forEach(function (line, index) {
      if (index) parent.appendChild(document.createElement("br"));
      var last = 0;
      line.replace(/https?:\/\/[^\s<>"'`]+/g, function (match, offset) {
        var trimmed = match.replace(/[.,;:!?)\]]+$/, "");
        parent.appendChild(document.createTextNode(line.slice(last, offset)));
        parent.appendChild(link(trimmed, trimmed));
        last = offset + trimmed.length;
        return match;
      });
      parent.appendChild(document.createTextNode(line.slice(last)));
    });
    return parent;
  }

  function when(iso) {
    if (!iso) return "";
    var date = new Date(iso);
    return isNaN(date) ? String(iso) : date.toLocaleString();
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  // --- API -------------------------------------------------------------------------------------------
  function token() {
    return sessionStorage.getItem(TOKEN_KEY) || "";
  }

  function api(method, path, body, withToken) {
    var headers = { Authorization: "Bearer " + (withToken || token()) };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    return fetch("/inbox/api" + path, {
      method: method, headers: headers, cache: "no-store", credentials: "omit",
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (response.ok) return data;
        var error = new Error(typeof data.detail === "string" ? data.detail : "The server answered " + response.status + ".");
        error.status = response.status;
        throw error;
      });
    }, function () {
      var error = new Error("The inbox server cannot be reached.");
      error.status = 0;
      throw error;
    });
  }

  function refusal(error) {
    if (error.status === 401) return "That token is not valid (or has expired). Ask for a new staff token.";
    if (error.status === 403) return "This token is not a staff token: the inbox is for the support team only.";
    return error.message;
  }

  // --- sign in / out ---------------------------------------------------------------------------------
  function showSignin(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    if (timer) clearInterval(timer);
    timer = null;
    main.hidden = true;
    $("ib-who").hidden = true;
    signin.hidden = false;
    $("ib-signin-error").textContent = message || "";
    $("ib-token").focus();
  }

  function staffName(raw) {
    try {
      var payload = raw.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
      return JSON.parse(atob(payload + "===".slice((payload.length + 3) % 4))).sub || "";
    } catch (e) {
      return "";
    }
  }

  function showInbox() {
    signin.hidden = true;
    main.hidden = false;
    $("ib-who").hidden = false;
    $("ib-staff-name").textContent = "Signed in as " + staffName(token());
    loadList();
    if (!timer) timer = setInterval(function () {
      if (document.hidden) return;
      loadList();
      refreshTranscript();
    }, REFRESH_MS);
  }

  $("ib-signin-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var candidate = $("ib-token").value.trim();
    if (!candidate) return;
    $("ib-signin-error").textContent = "Checking\u2026";
    api("GET", "/handoffs?status=active", undefined, candidate).then(function () {
      sessionStorage.setItem(TOKEN_KEY, candidate);
      $("ib-token").value = "";
      $("ib-signin-error").textContent = "";
      showInbox();
    }, function (error) {
      $("ib-signin-error").textContent = refusal(error);
    });
  });

  $("ib-signout").addEventListener("click", function () { showSignin("Signed out."); });
  filter.addEventListener("change", loadList);

  function failed(error) {
    if (error.status === 401 || error.status === 403) showSignin(refusal(error));
    return error;
  }

  // --- the list --------------------------------------------------------------------------------------
  function badge(priority) {
    return el("span", "ib-badge ib-" + (priority || "normal"), priority || "normal");
  }

  function loadList() {
    return api("GET", "/handoffs?status=" + encodeURIComponent(filter.value)).then(function (data) {
      var cases = data.handoffs || [];
      clear(list);
      listStatus.textContent = cases.length ? cases.length + " case" + (cases.length === 1 ? "" : "s") : "No cases here.";
      cases.forEach(function (handoff) {
        var item = el("li", "ib-item" + (String(handoff.id) === String(current) ? " ib-selected" : ""));
        var button = el("button", "ib-item-button");
        button.type = "button";
        button.dataset.id = handoff.id;
        button.dataset.thread = handoff.thread_id;
        var top = el("span", "ib-item-top");
        top.appendChild(badge(handoff.priority));
        top.appendChild(el("strong", "", handoff.customer_name || handoff.customer_id || "Visitor"));
        if (handoff.unread) top.appendChild(el("span", "ib-unread", handoff.unread + " new"));
        button.appendChild(top);
        button.appendChild(el("span", "ib-item-reasons", (handoff.reasons || []).join(", ")));
        button.appendChild(el("span", "ib-item-summary", handoff.summary || ""));
        button.appendChild(el("span", "ib-item-meta", handoff.status + (handoff.assignee ? " \u00b7 " + handoff.assignee : "") +
          " \u00b7 " + when(handoff.created_at)));
        button.addEventListener("click", function () { openCase(handoff.id); });
        item.appendChild(button);
        list.appendChild(item);
      });
    }, function (error) {
      listStatus.textContent = refusal(failed(error));
    });
  }

  // --- one case --------------------------------------------------------------------------------------
  function section(title, className) {
    var box = el("section", "ib-section " + (className || ""));
    box.appendChild(el("h3", "", title));
    return box;
  }

  function amount(value, currency) {
    var number = Number(value);
    return isFinite(number) ? number.toFixed(2) + (currency ? " " + currency : "") : String(value);
  }

  function orderCard(order) {
    var card = el("div", "ib-order");
    var top = el("div", "ib-order-top");
    top.appendChild(el("strong", "", "Order " + order.order_id));
    top.appendChild(el("span", "ib-status", String(order.status || "unknown").replace(/_/g, " ")));
    card.appendChild(top);
    var money = [];
    if (order.total !== undefined && order.total !== null) money.push("Total " + amount(order.total, order.currency));
    if (order.refundable_amount !== undefined && order.refundable_amount !== null) {
      money.push("refundable " + amount(order.refundable_amount, order.currency));
    }
    if (order.placed_at) money.push("placed " + when(order.placed_at));
    if (money.length) card.appendChild(el("div", "ib-muted", money.join(" \u00b7 ")));
    var items = el("ul", "");
    (order.items || []).forEach(function (line) {
      var name = typeof line === "string" ? line : line.name || line.product_name || "item";
      var options = line && line.options && typeof line.options === "object"
        ? Object.keys(line.options).map(function (k) { return line.options[k]; }).join(", ") : "";
      items.appendChild(el("li", "", (line.quantity || 1) + " \u00d7 " + name + (options ? " (" + options + ")" : "")));
    });
    if (items.childNodes.length) card.appendChild(items);
    var shipments = order.shipments || [];
    shipments.forEach(function (shipment) {
      var line = el("div", "ib-shipment");
      var text = (shipment.carrier || "Shipment") + ": " + String(shipment.status || "").replace(/_/g, " ");
      if (shipment.promised_date) text += ", promised " + shipment.promised_date;
      if (shipment.delivered_at) text += ", delivered " + when(shipment.delivered_at);
      line.appendChild(el("span", "", text + " "));
      if (shipment.tracking_url) line.appendChild(link("Track " + (shipment.tracking_number || ""), shipment.tracking_url));
      card.appendChild(line);
    });
    if (!shipments.length && order.tracking_url) card.appendChild(link("Tracking", order.tracking_url));
    if (order.error) card.appendChild(el("div", "ib-error", order.error));
    return card;
  }

  function transcript(lines) {
    var box = section("Conversation", "ib-transcript");
    var ol = el("ol", "ib-lines");
    (lines || []).forEach(function (line) {
      var item = el("li", "ib-line ib-" + line.role);
      var who = line.role === "customer" ? "Customer" : line.role === "staff" ? (line.name || "Staff") : "Assistant";
      var head = el("div", "ib-line-head");
      head.appendChild(el("strong", "", who));
      if (line.at) head.appendChild(el("span", "ib-muted", " " + when(line.at)));
      item.appendChild(head);
      item.appendChild(richText(el("div", "ib-line-text"), line.text));
      ol.appendChild(item);
    });
    box.appendChild(ol);
    return box;
  }

  // A labelled form control, appended to the form; returns the control.
  function field(form, labelText, tag, id) {
    var label = el("label", "", labelText);
    label.htmlFor = id;
    var control = el(tag, "");
    control.id = id;
    form.appendChild(label);
    form.appendChild(control);
    return control;
  }

  function actions(handoff) {
    var box = section("Work this case", "ib-actions");
    var note = el("p", "ib-action-status");
    note.setAttribute("role", "status");
    if (handoff.status !== "resolved") {
      var claim = el("button", "ib-claim", handoff.assignee ? "Claimed by " + handoff.assignee : "Claim");
      claim.type = "button";
      claim.disabled = !!handoff.assignee;
      claim.addEventListener("click", function () {
        api("POST", "/handoffs/" + handoff.id + "/claim").then(function () { openCase(handoff.id, "Claimed."); },
          function (error) { note.textContent = refusal(failed(error)); });
      });
      box.appendChild(claim);

      // One way to post a case action: the button waits, a refusal is said in the status line.
      var post = function (action, body, button, flash) {
        button.disabled = true;
        return api("POST", "/handoffs/" + handoff.id + "/" + action, body).then(function () {
          openCase(handoff.id, flash);
        }, function (error) {
          button.disabled = false;
          note.textContent = refusal(failed(error));
          throw error;
        });
      };

      var reply = el("form", "ib-reply");
      var replyText = field(reply, "Reply to the customer (appears in their chat)", "textarea", "ib-reply-text");
      replyText.rows = 3;
      replyText.required = true;
      var send = el("button", "", "Send reply");
      send.type = "submit";
      reply.appendChild(send);
      reply.addEventListener("submit", function (event) {
        event.preventDefault();
        var text = replyText.value.trim();
        if (text) post("reply", { text: text }, send, "Reply sent.").catch(function () {});
      });
      box.appendChild(reply);

      var resolve = el("form", "ib-resolve");
      var outcome = field(resolve, "Outcome", "select", "ib-outcome");
      OUTCOMES.forEach(function (choice) {
        var option = el("option", "", choice[1]);
        option.value = choice[0];
        outcome.appendChild(option);
      });
      var resolution = field(resolve, "What was done (goes into the ticket history the agent learns from)",
        "textarea", "ib-resolution");
      resolution.rows = 2;
      var done = el("button", "", "Resolve case");
      done.type = "submit";
      resolve.appendChild(done);
      resolve.addEventListener("submit", function (event) {
        event.preventDefault();
        post("resolve", { outcome: outcome.value, resolution: resolution.value.trim() }, done, "Resolved.")
          .then(loadList, function () {});
      });
      box.appendChild(resolve);
    } else {
      box.appendChild(el("p", "", "Resolved" + (handoff.outcome ? " (" + handoff.outcome.replace(/_/g, " ") + ")" : "") +
        (handoff.resolved_by ? " by " + handoff.resolved_by : "") + (handoff.resolved_at ? ", " + when(handoff.resolved_at) : "") + "."));
      if (handoff.resolution) box.appendChild(richText(el("p", "ib-resolution-text"), handoff.resolution));
    }
    box.appendChild(note);
    return box;
  }

  function renderCase(handoff, message) {
    clear(caseView);
    var title = el("h2", "", (handoff.customer_name || "Visitor") + (handoff.customer_id ? " (" + handoff.customer_id + ")" : ""));
    title.id = "ib-case-title";
    caseView.appendChild(title);
    if (handoff.customer_email) caseView.appendChild(el("p", "ib-muted ib-email", handoff.customer_email));
    var meta = el("p", "ib-case-meta");
    meta.appendChild(badge(handoff.priority));
    meta.appendChild(el("span", "ib-case-status", " " + handoff.status + (handoff.assignee ? " \u00b7 " + handoff.assignee : "")));
    meta.appendChild(el("span", "ib-muted", " \u00b7 case " + handoff.id + " \u00b7 opened " + when(handoff.created_at)));
    var reload = el("button", "ib-secondary ib-refresh", "Refresh");
    reload.type = "button";
    reload.setAttribute("aria-label", "Reload this case (new customer messages, live order status)");
    reload.addEventListener("click", function () { openCase(handoff.id); });
    meta.appendChild(reload);
    caseView.appendChild(meta);
    if (message) caseView.appendChild(el("p", "ib-flash", message));

    var why = section("Why it came to you", "ib-why");
    var chips = el("ul", "ib-chips");
    (handoff.reasons || []).forEach(function (reason) { chips.appendChild(el("li", "ib-chip", reason)); });
    why.appendChild(chips);
    if (handoff.intent) why.appendChild(el("p", "ib-muted", "Intent: " + handoff.intent));
    caseView.appendChild(why);

    var summary = section("Summary", "ib-summary");
    summary.appendChild(richText(el("p", "ib-summary-text"), handoff.summary || "No summary."));
    caseView.appendChild(summary);
    var suggested = section("Suggested resolution", "ib-suggested");
    suggested.appendChild(richText(el("p", ""), handoff.suggested_resolution || "None."));
    if (handoff.tried && handoff.tried.length) {
      suggested.appendChild(el("p", "ib-muted", "Already tried: " + [].concat(handoff.tried).join("; ")));
    }
    caseView.appendChild(suggested);

    var orders = section("Orders (live from the order system)", "ib-orders");
    if (handoff.orders_error) orders.appendChild(el("p", "ib-error", "Order system: " + handoff.orders_error));
    (handoff.orders || []).forEach(function (order) { orders.appendChild(orderCard(order)); });
    if (!(handoff.orders || []).length && !handoff.orders_error) orders.appendChild(el("p", "ib-muted", "No order in this case."));
    caseView.appendChild(orders);

    caseView.appendChild(actions(handoff));
    caseView.appendChild(transcript(handoff.transcript));

    var earlier = section("Earlier cases of this customer", "ib-earlier");
    var earlierList = el("ul", "");
    (handoff.earlier_cases || []).forEach(function (old) {
      earlierList.appendChild(el("li", "", when(old.created_at) + " \u00b7 " + old.status + (old.outcome ? " (" + old.outcome + ")" : "") +
        " \u00b7 " + (old.reasons || []).join(", ") + " \u00b7 " + (old.summary || "")));
    });
    if (!earlierList.childNodes.length) earlierList.appendChild(el("li", "ib-muted", "None."));
    earlier.appendChild(earlierList);
    caseView.appendChild(earlier);
  }

  // New customer messages reach the open case by themselves: only the conversation is redrawn, so a reply
  // being typed, the outcome chosen and the scroll position stay as they are.
  function refreshTranscript() {
    if (!current) return;
    var id = current;
    api("GET", "/handoffs/" + encodeURIComponent(id)).then(function (handoff) {
      var shown = caseView.querySelector(".ib-transcript");
      if (id !== current || !shown) return;
      if (shown.querySelectorAll(".ib-line").length === (handoff.transcript || []).length) return;
      caseView.replaceChild(transcript(handoff.transcript), shown);
    }, function () { /* the list refresh reports a lost connection or sign-in */ });
  }

  function openCase(id, message) {
    current = id;
    Array.prototype.forEach.call(list.querySelectorAll(".ib-item"), function (item) {
      item.classList.toggle("ib-selected", item.querySelector("button").dataset.id === String(id));
    });
    return api("GET", "/handoffs/" + encodeURIComponent(id)).then(function (handoff) {
      renderCase(handoff, message);
      loadList();
    }, function (error) {
      clear(caseView);
      caseView.appendChild(el("p", "ib-error", refusal(failed(error))));
    });
  }

  if (token()) showInbox();
  else showSignin("");
})();
