/*! Samen chat widget. Embed with:
 * <script src="https://example.org/widget/widget.js" data-server="https://bot.example.org"
 *   data-title="Samen" data-lang="nl" data-open="false" defer></script>
 * Data attributes: data-server (Rasa URL), data-title, data-lang (catalogue <lang>.json
 * next to this file), data-open ("true": start open), data-mode ("page": full-page chat in
 * the element #samen-chat or the body), data-color (main colour; refused when white text
 * on it has less than 4.5:1 contrast), data-storage ("local", default, or "session"),
 * data-keep-hours (how long this browser keeps the conversation, default 24),
 * data-timestamps ("true": show times from the start).
 * Every message is rendered as text (textContent), never as HTML.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.SamenWidget) return;
  var ds = script.dataset;
  var base = new URL(".", script.src).href;
  var cfg = {
    server: ds.server || (new URL(script.src).protocol + "//" + new URL(script.src).hostname + ":5005"),
    title: ds.title || "",
    lang: /^[a-z]{2}(-[A-Z]{2})?$/.test(ds.lang || "") ? ds.lang : "nl",
    open: ds.open === "true",
    page: ds.mode === "page",
    color: ds.color || "",
    storage: ds.storage === "session" ? "sessionStorage" : "localStorage",
    keepHours: Number(ds.keepHours) > 0 ? Number(ds.keepHours) : 24,
    times: ds.timestamps === "true",
  };
  var KEY = "samen:" + cfg.server;
  var T = {};
  var store = safeStorage(cfg.storage);
  var state = null; // {sid, items:[], lastId, erase:[], times, updated}
  var seen = {};
  var socket = null;
  var inflight = null;
  var connectedOnce = false;
  var confirmed = false;
  var ui = {};
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  // ---------- small helpers ----------
  function safeStorage(name) {
    try {
      var s = window[name];
      s.setItem("samen:test", "1");
      s.removeItem("samen:test");
      return s;
    } catch (e) {
      var mem = {};
      return {
        getItem: function (k) { return k in mem ? mem[k] : null; },
        setItem: function (k, v) { mem[k] = String(v); },
        removeItem: function (k) { delete mem[k]; },
      };
    }
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function randomId(bytes) {
    var a = new Uint8Array(bytes);
    window.crypto.getRandomValues(a);
    return Array.prototype.map.call(a, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }
  function now() { return Date.now(); }
  function luminance(hex) {
    var m = /^#?([0-9a-f]{6})$/i.exec(hex);
    if (!m) return null;
    var n = parseInt(m[1], 16);
    return [n >> 16, (n >> 8) & 255, n & 255].map(function (c) {
      c /= 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }).reduce(function (acc, c, i) { return acc + c * [0.2126, 0.7152, 0.0722][i]; }, 0);
  }
  function contrastWithWhite(hex) {
    var l = luminance(hex);
    return l == null ? 0 : 1.05 / (l + 0.05);
  }

  // ---------- the browser's copy of the conversation ----------
  function freshState() {
    return { sid: randomId(16), items: [], lastId: null, erase: state ? state.erase : [], times: state ? state.times : cfg.times, updated: now() };
  }
  function load() {
    var s = null;
    try { s = JSON.parse(store.getItem(KEY) || "null"); } catch (e) { s = null; }
    if (!s || !s.sid || !Array.isArray(s.items) || now() - (s.updated || 0) > cfg.keepHours * 3600e3) {
      var erase = s && s.erase ? s.erase : [];
      state = null;
      s = freshState();
      s.erase = erase;
    }
    state = s;
    seen = {};
    state.items.forEach(function (it) { seen[it.id] = true; });
  }
  function save() {
    state.updated = now();
    try { store.setItem(KEY, JSON.stringify(state)); } catch (e) { /* full: keep in memory */ }
  }

  // ---------- rendering (text only) ----------
  var LIST = /^\s*(?:([-•*])\s+|([✔✓✗✘])\s*|(\d{1,2})[.)]\s+)(.*)$/;
  var URL_RE = /\[([^\]\n]{1,200})\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>"')\]]+[^\s<>"').,;:!?\]])/g;

  function addInline(parent, text) {
    text = text.replace(/\*\*([^*]+)\*\*/g, "$1");
    var last = 0;
    var m;
    URL_RE.lastIndex = 0;
    while ((m = URL_RE.exec(text))) {
      if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      var a = el("a", "samen-link", m[1] || m[3]);
      a.href = m[2] || m[3];
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      a.appendChild(el("span", "samen-vh", " " + T.new_window));
      parent.appendChild(a);
      last = URL_RE.lastIndex;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function renderText(container, text) {
    var lines = String(text || "").split(/\r?\n/);
    var list = null;
    var kind = null;
    lines.forEach(function (line) {
      var m = LIST.exec(line);
      if (m && m[4].trim()) {
        var k = m[1] ? "ul" : m[2] ? "checks" : "ol";
        if (!list || kind !== k) {
          list = el(k === "ol" ? "ol" : "ul", k === "checks" ? "samen-checks" : null);
          if (k === "ol" && m[3] !== "1") list.start = Number(m[3]);
          container.appendChild(list);
          kind = k;
        }
        var li = el("li");
        if (k === "checks") {
          var good = m[2] === "✔" || m[2] === "✓";
          li.className = good ? "samen-yes" : "samen-no";
          li.appendChild(el("span", "samen-mark", m[2] + " "));
        }
        addInline(li, m[4]);
        list.appendChild(li);
      } else if (line.trim()) {
        list = null;
        var p = el("p");
        addInline(p, line);
        container.appendChild(p);
      } else {
        list = null;
      }
    });
  }

  function timeLabel(ts) {
    var d = new Date(ts || now());
    var t = el("time", "samen-time", d.toLocaleTimeString(cfg.lang, { hour: "2-digit", minute: "2-digit" }));
    t.dateTime = d.toISOString();
    return t;
  }

  function calendarLink(custom) {
    var name = String(custom.filename || "samen.ics").replace(/[^\w.-]/g, "_");
    if (!/\.ics$/i.test(name)) name += ".ics";
    var a = el("a", "samen-file", custom.link_text || T.calendar);
    if (custom.content) {
      a.href = URL.createObjectURL(new Blob([String(custom.content)], { type: "text/calendar" }));
    } else if (/^https?:\/\//.test(custom.url || custom.src || "")) {
      a.href = custom.url || custom.src;
      a.rel = "noopener noreferrer";
    } else {
      return null;
    }
    a.download = name;
    return a;
  }

  function customAttachment(it) {
    var c = it.custom || null;
    var att = it.attachment || null;
    if (c && (c.type === "calendar" || /\.ics$/i.test(c.filename || ""))) return calendarLink(c);
    if (att) {
      var p = att.payload || {};
      var src = p.src || p.url || "";
      if (att.type === "calendar") return calendarLink(att);
      if (/\.ics(\?|$)/i.test(src) || /\.ics$/i.test(p.name || "")) {
        return calendarLink({ url: src, filename: p.name || src.split("/").pop().split("?")[0] });
      }
      if (/^https?:\/\//.test(src)) {
        var a = el("a", "samen-file", p.title || p.name || T.download);
        a.href = src;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        return a;
      }
    }
    return null;
  }

  function renderItem(it) {
    var li = el("li", "samen-msg samen-" + it.who);
    li.dataset.id = it.id;
    li.appendChild(el("span", "samen-vh", (it.who === "user" ? T.you : T.bot) + ": "));
    var body = el("div", "samen-body");
    renderText(body, it.text);
    var file = customAttachment(it);
    if (file) {
      var fp = el("p", "samen-attachment");
      fp.appendChild(file);
      body.appendChild(fp);
    }
    li.appendChild(body);
    var meta = el("div", "samen-meta");
    meta.appendChild(timeLabel(it.ts));
    if (it.pending) meta.appendChild(el("span", "samen-pending", T.pending));
    li.appendChild(meta);
    if (it.buttons && it.buttons.length) {
      // a menu of follow-ups after an answer (not the choices of a question) is one row
      // that scrolls sideways on a phone, so the answer itself fits on the screen; once
      // answered its buttons are disabled (not focusable), so it wraps again (axe-core:
      // a scrollable region must be reachable by keyboard)
      var menu = it.answered == null && it.buttons.length >= 5 && !/\?\s*$/.test(it.text || "");
      var group = el("div", menu ? "samen-buttons samen-menu-row" : "samen-buttons");
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", T.answers);
      it.buttons.forEach(function (b, i) {
        var btn = el("button", "samen-choice", b.title);
        btn.type = "button";
        if (it.answered != null) {
          btn.disabled = true;
          if (it.answered === i) {
            btn.className += " samen-chosen";
            btn.appendChild(el("span", "samen-vh", " (" + T.chosen + ")"));
          }
        }
        btn.addEventListener("click", function () { choose(it, i); });
        group.appendChild(btn);
      });
      li.appendChild(group);
    }
    return li;
  }

  // the bot's reply since the person's last message is read from its start: scrolled to its
  // top when it is taller than the log, else to the bottom as usual
  function replyStart() {
    var start = null;
    for (var c = ui.log.lastElementChild; c && !c.classList.contains("samen-user"); c = c.previousElementSibling) {
      if (c.classList.contains("samen-bot")) start = c;
    }
    return start;
  }
  function offsetIn(log, item) {
    return item.getBoundingClientRect().top - log.getBoundingClientRect().top + log.scrollTop - 8;
  }
  var replyAt = null; // when the reply to the person's last message began
  function scrollDown(added) {
    var log = ui.log;
    var top = log.scrollHeight;
    var start = replyStart();
    if (added && added.classList.contains("samen-bot")) {
      if (replyAt === null) replyAt = now();
      else if (now() - replyAt > 5000) start = added; // come later (staff, a replay): its own start
    }
    if (start) top = Math.min(top, Math.max(0, offsetIn(log, start)));
    log.scrollTo({ top: top, behavior: reduceMotion ? "auto" : "smooth" });
  }

  function renderAll() {
    ui.log.textContent = "";
    var welcome = el("li", "samen-msg samen-bot samen-welcome");
    welcome.appendChild(el("span", "samen-vh", T.bot + ": "));
    var wb = el("div", "samen-body");
    renderText(wb, T.welcome);
    welcome.appendChild(wb);
    ui.log.appendChild(welcome);
    state.items.forEach(function (it) { ui.log.appendChild(renderItem(it)); });
    ui.root.classList.toggle("samen-show-times", !!state.times);
    ui.times.checked = !!state.times;
    scrollDown();
  }

  function replaceItem(it) {
    var old = ui.log.querySelector('[data-id="' + CSS.escape(it.id) + '"]');
    var fresh = renderItem(it);
    if (!old) {
      ui.log.appendChild(fresh);
      return fresh;
    }
    var hadFocus = old.contains(document.activeElement);
    old.replaceWith(fresh);
    if (hadFocus) {
      fresh.tabIndex = -1;
      fresh.focus({ preventScroll: true });
    }
    return fresh;
  }

  function announce(text) {
    var p = el("p", null, T.bot + ": " + String(text || "").replace(/\s+/g, " ").trim());
    ui.live.appendChild(p);
    setTimeout(function () { if (p.parentNode) p.parentNode.removeChild(p); }, 10000);
  }

  function setStatus(text, clearAfter) {
    // the status region stays in the page (empty) so that screen readers announce changes
    ui.status.textContent = text || "";
    clearTimeout(setStatus.timer);
    if (text && clearAfter) setStatus.timer = setTimeout(function () { setStatus(""); }, clearAfter);
  }

  function typing(on) {
    ui.typing.hidden = !on;
    clearTimeout(typing.timer);
    if (on) typing.timer = setTimeout(function () { typing(false); }, 60000);
  }

  // ---------- conversation ----------
  function addItem(it, fromServer) {
    if (it.id && seen[it.id]) return false;
    seen[it.id] = true;
    state.items.push(it);
    if (fromServer && it.id && it.id.charAt(0) === "s") state.lastId = it.id;
    save();
    if (it.who === "user") replyAt = null;
    var li = renderItem(it);
    ui.log.appendChild(li);
    scrollDown(li);
    return true;
  }

  function onBotMessage(msg) {
    if (!msg || typeof msg !== "object") return;
    if (msg.id) state.lastId = msg.id;
    var buttons = (msg.quick_replies || msg.buttons || []).filter(function (b) {
      return b && typeof b.title === "string";
    }).map(function (b) { return { title: b.title, payload: String(b.payload == null ? b.title : b.payload) }; });
    var it = {
      id: msg.id || "b" + randomId(8),
      who: "bot",
      text: typeof msg.text === "string" ? msg.text : "",
      buttons: buttons,
      custom: msg.custom && typeof msg.custom === "object" ? msg.custom : null,
      attachment: msg.attachment && typeof msg.attachment === "object" ? msg.attachment : null,
      ts: msg.ts || now(),
    };
    if (!it.text.trim() && !it.buttons.length && !customAttachment(it)) { save(); return; }
    if (addItem(it, true)) {
      typing(false);
      announce(it.text || T.calendar);
    } else {
      save();
    }
  }

  function onUserEcho(msg) {
    if (!msg || typeof msg.text !== "string") return;
    if (msg.id && msg.id.charAt(0) === "s") state.lastId = msg.id;
    addItem({ id: msg.id || "u" + randomId(8), who: "user", text: msg.text, ts: msg.ts || now() }, false);
  }

  function closeOpenChoices() {
    // answering in words closes the buttons offered earlier
    state.items.forEach(function (it) {
      if (it.buttons && it.buttons.length && it.answered == null) {
        it.answered = -1;
        replaceItem(it);
      }
    });
  }

  function send(text, shown) {
    closeOpenChoices();
    var it = { id: "m" + randomId(12), who: "user", text: shown || text, payload: text, ts: now(), pending: true };
    addItem(it, false);
    typing(true);
    pump();
    return it;
  }

  function pump() {
    if (inflight || !socket || !socket.connected || !confirmed) return;
    if (state.erase.length) {
      var sid = state.erase[0];
      inflight = { erase: sid };
      var erase = { message: T.erase_command, session_id: sid, mid: "erase-" + sid };
      socket.timeout(30000).emit("user_uttered", erase, function (err) {
        if (inflight && inflight.erase === sid) inflight = null;
        if (!err) {
          socket.emit("session_end", { session_id: sid });
          state.erase = state.erase.filter(function (x) { return x !== sid; });
          save();
        }
        pump();
      });
      return;
    }
    var next = null;
    for (var i = 0; i < state.items.length; i++) {
      if (state.items[i].pending) { next = state.items[i]; break; }
    }
    if (!next) return;
    inflight = { id: next.id };
    typing(true);
    socket.timeout(60000).emit("user_uttered", {
      message: next.payload || next.text, shown: next.text, session_id: state.sid, mid: next.id,
    }, function (err) {
      if (!inflight || inflight.id !== next.id) return;
      inflight = null;
      // the item may have been reloaded meanwhile (another tab saved): find it by id
      var current = state.items.filter(function (x) { return x.id === next.id; })[0];
      if (!err && current) {
        current.pending = false;
        save();
        replaceItem(current);
        var stillPending = state.items.some(function (x) { return x.pending; });
        if (!stillPending) typing(false);
      }
      pump();
    });
  }

  function choose(it, index) {
    if (it.answered != null) return;
    it.answered = index;
    save();
    replaceItem(it);
    var b = it.buttons[index];
    var mine = send(b.payload, b.title);
    var node = ui.log.querySelector('[data-id="' + CSS.escape(mine.id) + '"]');
    if (node) {
      node.tabIndex = -1;
      node.focus({ preventScroll: true });
    }
  }

  function requestSession() {
    if (!socket || !socket.connected) return;
    confirmed = false;
    socket.emit("session_request", { session_id: state.sid, last_id: state.lastId });
  }

  function connect() {
    if (!window.io) return;
    socket = window.io(cfg.server, {
      path: "/socket.io",
      transports: ["websocket", "polling"],
      tryAllTransports: true,
      reconnectionDelay: 1000,
      reconnectionDelayMax: 5000,
    });
    socket.on("connect", function () {
      if (connectedOnce) setStatus(T.reconnected, 3000);
      else setStatus("");
      connectedOnce = true;
      inflight = null;
      requestSession();
    });
    socket.on("session_confirm", function (sid) {
      sid = typeof sid === "string" ? sid : sid && sid.session_id;
      if (sid && sid !== state.sid) {
        // the server refused our id (not random enough): start over with its id
        state.sid = sid;
        state.lastId = null;
      }
      confirmed = true;
      save();
      pump();
    });
    socket.on("bot_uttered", onBotMessage);
    socket.on("user_echo", onUserEcho);
    socket.on("disconnect", function (reason) {
      inflight = null;
      confirmed = false;
      typing(false);
      if (reason !== "io client disconnect" || !navigator.onLine) setStatus(navigator.onLine ? T.reconnecting : T.offline);
    });
    socket.on("connect_error", function () {
      setStatus(navigator.onLine ? T.reconnecting : T.offline);
    });
    socket.io.on("reconnect_attempt", function () { setStatus(navigator.onLine ? T.reconnecting : T.offline); });
  }

  window.addEventListener("offline", function () {
    setStatus(T.offline);
    if (socket) socket.disconnect();
  });
  window.addEventListener("online", function () {
    setStatus(T.reconnecting);
    if (socket && !socket.connected) socket.connect();
  });
  window.addEventListener("storage", function (e) {
    if (e.key !== KEY || !ui.root) return;
    var before = state.sid;
    var shown = {};
    state.items.forEach(function (it) { shown[it.id] = JSON.stringify(it); });
    load();
    if (state.sid !== before) {
      renderAll();
      typing(false);
      inflight = null;
      requestSession();
      return;
    }
    // another tab changed the conversation: show what this tab lacks or shows differently
    state.items.forEach(function (it) {
      if (shown[it.id] !== JSON.stringify(it)) replaceItem(it);
    });
    scrollDown();
  });

  function setMenu(open) {
    if (!open) closeConfirm(); // the confirm bar belongs to a tool of the menu
    ui.menu.setAttribute("aria-expanded", String(open));
    ui.root.classList.toggle("samen-menu-open", open);
  }

  function startOver(eraseOnServer) {
    setMenu(false);
    var old = state.sid;
    if (socket && socket.connected && !eraseOnServer) socket.emit("session_end", { session_id: old });
    if (eraseOnServer) state.erase = (state.erase || []).concat([old]);
    var erase = state.erase;
    var times = state.times;
    state = freshState();
    state.erase = erase;
    state.times = times;
    seen = {};
    inflight = null;
    save();
    renderAll();
    typing(false);
    setStatus(eraseOnServer ? T.wiped : T.new_started, 5000);
    requestSession();
    ui.input.focus();
  }

  function confirmBar(question, yesText, onYes, opener) {
    closeConfirm();
    var bar = el("div", "samen-confirm");
    bar.setAttribute("role", "alertdialog");
    bar.setAttribute("aria-label", question);
    bar.appendChild(el("p", null, question));
    var yes = el("button", "samen-danger", yesText);
    yes.type = "button";
    var no = el("button", "samen-secondary", T.confirm_no);
    no.type = "button";
    yes.addEventListener("click", function () { closeConfirm(); onYes(); });
    no.addEventListener("click", function () { closeConfirm(); opener.focus(); });
    bar.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { e.stopPropagation(); closeConfirm(); opener.focus(); }
    });
    bar.appendChild(yes);
    bar.appendChild(no);
    ui.toolbar.after(bar);
    ui.confirm = bar;
    no.focus();
  }
  function closeConfirm() {
    if (ui.confirm && ui.confirm.parentNode) ui.confirm.parentNode.removeChild(ui.confirm);
    ui.confirm = null;
  }

  // ---------- building the widget ----------
  function button(cls, text, label) {
    var b = el("button", cls, text);
    b.type = "button";
    if (label) b.setAttribute("aria-label", label);
    return b;
  }

  function build() {
    var root = el("div", "samen-w" + (cfg.page ? " samen-page" : ""));
    root.lang = cfg.lang;
    if (cfg.color && contrastWithWhite(cfg.color) >= 4.5) {
      root.style.setProperty("--samen-main", cfg.color);
    } else if (cfg.color) {
      console.warn("Samen: data-color " + cfg.color + " has too little contrast with white text (needs 4.5:1); using the default colour");
    }
    var panelId = "samen-panel";
    if (!cfg.page) {
      ui.launcher = button("samen-launcher", T.launcher, T.launcher_label);
      ui.launcher.setAttribute("aria-expanded", "false");
      ui.launcher.setAttribute("aria-controls", panelId);
      ui.launcher.addEventListener("click", function () { setOpen(true); });
      root.appendChild(ui.launcher);
    }
    var panel = el("section", "samen-panel");
    panel.id = panelId;
    panel.setAttribute("aria-labelledby", "samen-title");
    var head = el("div", "samen-head");
    var titles = el("div", "samen-titles");
    var h = el(cfg.page ? "h1" : "h2", "samen-title", cfg.title || T.title);
    h.id = "samen-title";
    titles.appendChild(h);
    titles.appendChild(el("p", "samen-subtitle", T.subtitle));
    head.appendChild(titles);
    // on a phone the tools fold behind a menu button, leaving the height to the conversation
    ui.menu = button("samen-menu", T.menu);
    ui.menu.setAttribute("aria-expanded", "false");
    ui.menu.setAttribute("aria-controls", "samen-toolbar");
    ui.menu.addEventListener("click", function () {
      setMenu(ui.menu.getAttribute("aria-expanded") !== "true");
    });
    head.appendChild(ui.menu);
    if (!cfg.page) {
      ui.close = button("samen-close", "×", T.close);
      ui.close.addEventListener("click", function () { setOpen(false); });
      head.appendChild(ui.close);
    }
    panel.appendChild(head);

    ui.toolbar = el("div", "samen-toolbar");
    ui.toolbar.id = "samen-toolbar";
    ui.newBtn = button("samen-tool", T.new_chat);
    ui.wipeBtn = button("samen-tool", T.wipe_chat);
    ui.newBtn.addEventListener("click", function () {
      confirmBar(T.confirm_new, T.confirm_yes_new, function () { startOver(false); }, ui.newBtn);
    });
    ui.wipeBtn.addEventListener("click", function () {
      confirmBar(T.confirm_wipe, T.confirm_yes_wipe, function () { startOver(true); }, ui.wipeBtn);
    });
    var timesLabel = el("label", "samen-times-toggle");
    ui.times = el("input");
    ui.times.type = "checkbox";
    ui.times.addEventListener("change", function () {
      state.times = ui.times.checked;
      ui.root.classList.toggle("samen-show-times", state.times);
      save();
    });
    timesLabel.appendChild(ui.times);
    timesLabel.appendChild(document.createTextNode(" " + T.show_times));
    ui.toolbar.appendChild(ui.newBtn);
    ui.toolbar.appendChild(ui.wipeBtn);
    ui.toolbar.appendChild(timesLabel);
    panel.appendChild(ui.toolbar);

    ui.status = el("p", "samen-status");
    ui.status.setAttribute("role", "status");
    panel.appendChild(ui.status);

    ui.log = el("ol", "samen-log");
    ui.log.setAttribute("aria-label", T.log_label);
    ui.log.tabIndex = 0;
    panel.appendChild(ui.log);

    ui.typing = el("p", "samen-typing");
    ui.typing.appendChild(el("span", "samen-dots"));
    ui.typing.appendChild(document.createTextNode(T.typing));
    ui.typing.hidden = true;
    panel.appendChild(ui.typing);

    ui.live = el("div", "samen-vh");
    ui.live.setAttribute("aria-live", "polite");
    ui.live.setAttribute("aria-atomic", "false");
    panel.appendChild(ui.live);

    var form = el("form", "samen-form");
    form.setAttribute("novalidate", "");
    var label = el("label", "samen-vh", T.input_label);
    label.htmlFor = "samen-input";
    ui.input = el("textarea", "samen-input");
    ui.input.id = "samen-input";
    ui.input.rows = 1;
    ui.input.maxLength = 2000;
    ui.input.placeholder = T.input_placeholder;
    ui.input.autocomplete = "off";
    var sendBtn = el("button", "samen-send", T.send);
    sendBtn.type = "submit";
    form.appendChild(label);
    form.appendChild(ui.input);
    form.appendChild(sendBtn);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var text = ui.input.value.trim();
      if (!text) { ui.input.focus(); return; }
      ui.input.value = "";
      send(text);
      ui.input.focus();
    });
    ui.input.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit"));
      }
    });
    panel.appendChild(form);
    panel.appendChild(el("p", "samen-disclaimer", T.disclaimer));
    if (!cfg.page) {
      panel.addEventListener("keydown", function (e) {
        if (e.key === "Escape") setOpen(false);
      });
    }
    root.appendChild(panel);
    ui.panel = panel;
    ui.root = root;
    var host = cfg.page ? document.getElementById("samen-chat") || document.body : document.body;
    host.appendChild(root);
  }

  function setOpen(open) {
    if (cfg.page) return;
    ui.root.classList.toggle("samen-open", open);
    ui.panel.hidden = !open;
    ui.launcher.hidden = open;
    ui.launcher.setAttribute("aria-expanded", String(open));
    try { window.sessionStorage.setItem("samen:open", open ? "1" : "0"); } catch (e) { /* ignore */ }
    if (open) {
      scrollDown();
      ui.input.focus();
      if (!socket) connect();
    } else {
      ui.launcher.focus();
    }
  }

  function start(texts) {
    T = texts;
    load();
    build();
    renderAll();
    var wasOpen = null;
    try { wasOpen = window.sessionStorage.getItem("samen:open"); } catch (e) { /* ignore */ }
    if (cfg.page) {
      connect();
    } else {
      var open = wasOpen == null ? cfg.open : wasOpen === "1";
      ui.panel.hidden = !open;
      ui.launcher.hidden = open;
      ui.root.classList.toggle("samen-open", open);
      ui.launcher.setAttribute("aria-expanded", String(open));
      // connect right away when there is a conversation or the chat is open
      if (open || state.items.length || state.erase.length) connect();
    }
    ui.root.dataset.ready = "true";
    window.SamenWidget = {
      open: function () { setOpen(true); },
      close: function () { setOpen(false); },
      get sessionId() { return state.sid; },
      get connected() { return !!(socket && socket.connected && confirmed); },
    };
  }

  // ---------- loading: stylesheet, catalogue and socket.io client in parallel ----------
  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = base + "widget.css";
  document.head.appendChild(css);
  var io = document.createElement("script");
  io.src = new URL("../vendor/socket.io.min.js", base).href;
  io.async = true;
  var ioReady = new Promise(function (resolve) {
    io.onload = resolve;
    io.onerror = resolve;
  });
  document.head.appendChild(io);
  fetch(base + cfg.lang + ".json").then(function (r) {
    if (!r.ok) throw new Error("catalogue");
    return r.json();
  }).then(function (texts) {
    start(texts);
    ioReady.then(function () {
      if (socket == null && (cfg.page || !ui.panel.hidden || state.items.length)) connect();
    });
  }).catch(function (e) {
    console.error("Samen: the widget could not start", e);
  });
})();
