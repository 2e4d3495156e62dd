// Samen web chat: talks to Rasa's socket.io channel. No message text is sent anywhere else.
(function () {
  "use strict";
  const cfg = window.SAMEN_CONFIG || { rasaPort: 5005 };
  const url = window.location.protocol + "//" + window.location.hostname + ":" + cfg.rasaPort;
  const list = document.getElementById("messages");
  const form = document.getElementById("composer");
  const input = document.getElementById("text");
  const status = document.getElementById("status");

  let sessionId = window.sessionStorage.getItem("samen_session");
  const socket = io(url, { path: "/socket.io", transports: ["websocket", "polling"] });

  function add(kind, text) {
    const li = document.createElement("li");
    li.className = kind;
    li.textContent = text;
    list.appendChild(li);
    li.scrollIntoView({ block: "end" });
    return li;
  }

  function send(text, shown) {
    add("user", shown || text);
    socket.emit("user_uttered", { message: text, session_id: sessionId });
  }

  function addCalendar(li, msg) {
    const blob = new Blob([msg.content], { type: "text/calendar" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = msg.filename || "samen.ics";
    a.textContent = msg.link_text || a.download;
    li.appendChild(document.createElement("br"));
    li.appendChild(a);
  }

  socket.on("connect", function () {
    status.textContent = "";
    socket.emit("session_request", { session_id: sessionId });
  });
  socket.on("session_confirm", function (data) {
    sessionId = (data && data.session_id) || data;
    window.sessionStorage.setItem("samen_session", sessionId);
  });
  socket.on("connect_error", function () { status.textContent = "Geen verbinding met de chatbot. We proberen opnieuw…"; });
  socket.on("bot_uttered", function (msg) {
    const li = add("bot", msg.text || "");
    const buttons = msg.quick_replies || msg.buttons || [];
    if (buttons.length) {
      const box = document.createElement("div");
      box.className = "buttons";
      buttons.forEach(function (b) {
        const btn = document.createElement("button");
        btn.type = "button";
        btn.textContent = b.title;
        btn.addEventListener("click", function () { send(b.payload, b.title); });
        box.appendChild(btn);
      });
      li.appendChild(box);
    }
    const custom = msg.custom || msg.attachment;
    if (custom && custom.type === "calendar") { addCalendar(li, custom); }
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send(text);
  });
})();
