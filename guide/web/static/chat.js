// Light JavaScript for the chat: stream the reply (server-sent events over fetch) and show the care
// team's answer when it arrives. Without JavaScript the form posts and the page reloads with the reply.
(function () {
  "use strict";
  const form = document.getElementById("ask");
  const thread = document.getElementById("thread");
  if (!form || !thread) return;
  const conversation = thread.dataset.conversation;
  const csrf = form.querySelector("input[name=csrf_token]").value;
  const errorBox = document.getElementById("ask-error");
  const BADGES = { answered: ["Answered", "answered"], needs_review: ["Waiting for your care team", "waiting"],
                   emergency: ["Emergency", "emergency"], resolved: ["Your care team answered", "resolved"] };

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;  // text only: nothing from the server is parsed as HTML
    return node;
  }

  function renderText(container, text, citations) {
    container.textContent = "";
    const parts = text.split(/(\[\d+\])/);
    for (const part of parts) {
      const m = /^\[(\d+)\]$/.exec(part);
      const cited = m && citations[Number(m[1]) - 1];
      if (cited) {
        const a = el("a", "cite", part);
        a.href = "/chat/c/" + conversation + "/passage/" + encodeURIComponent(cited.id);
        a.title = cited.title;
        a.setAttribute("aria-label", "source " + m[1] + ": " + cited.title);
        container.appendChild(a);
      } else {
        part.split("\n").forEach(function (line, i) {
          if (i > 0) container.appendChild(document.createElement("br"));
          container.appendChild(document.createTextNode(line));
        });
      }
    }
  }

  function badge(status) {
    const b = BADGES[status];
    return b ? el("span", "badge " + b[1], b[0]) : null;
  }

  function parseEvents(buffer, onEvent) {
    const blocks = buffer.split(/\r?\n\r?\n/);
    const rest = blocks.pop();
    for (const block of blocks) {
      let event = "message"; const data = [];
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      if (data.length) onEvent(event, JSON.parse(data.join("\n")));
    }
    return rest;
  }

  async function ask(question) {
    const mine = el("li", "msg user");
    mine.appendChild(el("p", "who", "You asked"));
    mine.appendChild(el("p", "text", question));
    thread.appendChild(mine);
    const reply = el("li", "msg assistant");
    const who = el("p", "who", "Home Team Guide");
    const text = el("div", "text", "…");
    reply.appendChild(who); reply.appendChild(text);
    reply.setAttribute("aria-busy", "true");
    thread.appendChild(reply);
    let answer = "";
    let pieces = 0;
    const response = await fetch("/api/v1/conversations/" + conversation + "/messages/stream", {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf, "Accept": "text/event-stream" },
      body: JSON.stringify({ question: question }),
    });
    if (!response.ok) {
      let detail = "The question could not be sent. Please try again.";
      try { const body = await response.json(); if (typeof body.detail === "string") detail = body.detail; } catch (e) { /* keep the default */ }
      throw new Error(detail);
    }
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      buffer = parseEvents(buffer + decoder.decode(chunk.value, { stream: true }), function (event, data) {
        if (event === "decision") {
          reply.id = "m-" + data.message_id;
          reply.dataset.status = data.decision;
          const b = badge(data.decision); if (b) who.appendChild(b);
          if (data.text) { answer = data.text; text.textContent = answer; }
          else { text.textContent = ""; }
        } else if (event === "delta") {
          answer += data.text; pieces += 1;
          text.textContent = answer;
        } else if (event === "citations") {
          renderText(text, answer, data);
          if (data.length) {
            const details = el("details", "sources");
            details.appendChild(el("summary", null, "Sources (" + data.length + ")"));
            const list = el("ol");
            data.forEach(function (c) {
              const li = el("li"); const a = el("a", null, c.title);
              a.href = "/chat/c/" + conversation + "/passage/" + encodeURIComponent(c.id);
              li.appendChild(a); list.appendChild(li);
            });
            details.appendChild(list); reply.appendChild(details);
          }
        } else if (event === "done") {
          reply.dataset.streamed = String(pieces);
          reply.removeAttribute("aria-busy");
        }
      });
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const box = form.querySelector("textarea");
    const question = box.value.trim();
    errorBox.hidden = true;
    if (!question) { errorBox.textContent = "Type a question first."; errorBox.hidden = false; box.focus(); return; }
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    box.value = "";
    ask(question).catch(function (e) {
      errorBox.textContent = e.message; errorBox.hidden = false; box.value = question;
    }).finally(function () { button.disabled = false; box.focus(); watch(); });
  });

  // While a reply waits for the care team, look for their answer every few seconds.
  let timer = null;
  function watch() {
    if (timer || !thread.querySelector("li.msg[data-status=needs_review], li.msg[data-status=emergency]")) return;
    timer = setInterval(async function () {
      const response = await fetch("/api/v1/conversations/" + conversation + "/messages", { credentials: "same-origin" });
      if (!response.ok) return;
      const messages = await response.json();
      if (messages.length > thread.querySelectorAll("li.msg").length || messages.some(function (m) { return m.review === "resolved"; })
          && thread.querySelector("li.msg[data-status=needs_review]")) {
        window.location.reload();
      }
    }, Number(thread.dataset.poll || 4000));
  }
  watch();
})();
