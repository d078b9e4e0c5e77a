// The admin page for policy staff: sign in, upload manuals (each a background job whose progress streams over
// SignalR), see every version, review a staged one (sections added, removed, changed word by word, its warnings,
// what cited the text it changes), publish or roll back, and work the feedback inbox. No framework, no CDN.
// This file is the shell (session, API calls, the hub); admin-uploads.js, admin-versions.js and admin-feedback.js
// add their parts to window.EligibilityAdmin and are started from here once every script has loaded.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const state = { user: null, connection: null, uploads: new Map(), versions: [], reviewing: null };
  const headers = { "X-Requested-With": "eligibility-admin" };

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  async function api(path, options = {}) {
    const response = await fetch(path, { credentials: "same-origin", ...options, headers: { ...headers, ...(options.headers || {}) } });
    if (response.status === 401) { await start(); throw new Error("Your session ended; sign in again."); }
    const text = await response.text();
    const body = text ? JSON.parse(text) : null;
    if (!response.ok) throw new Error((body && (body.detail || body.title)) || `The server answered ${response.status}.`);
    return body;
  }

  function setStatus(text, bad) {
    $("connection").textContent = text;
    $("connection").classList.toggle("bad", !!bad);
  }

  async function signIn(event) {
    if (await window.EligibilitySession.signIn(event)) await start();
  }

  async function signOut() {
    await window.EligibilitySession.signOut();
    state.connection?.stop();
    state.connection = null;
    await start();
  }

  async function start() {
    const user = await window.EligibilitySession.me();
    state.user = user;
    $("sign-in").hidden = !!user;
    $("sign-out").hidden = !user;
    const allowed = !!user && (user.roles.includes("policy-staff") || user.roles.includes("admin"));
    $("work").hidden = !allowed;
    $("not-for-you").hidden = !user || allowed;
    $("jobs-link").hidden = !user || !user.roles.includes("admin");
    if (!user) { setStatus("Signed out"); $("user").focus(); return; }
    setStatus(`Signed in as ${user.name}`);
    if (!allowed) return;
    await connect();
    await Promise.all([admin.uploads.load(), admin.versions.load(), admin.feedback.load()]);
  }

  // Live updates: upload progress and version changes from any policy staff member's work.
  async function connect() {
    if (state.connection) return;
    const connection = new signalR.HubConnectionBuilder().withUrl("/hubs/admin").withAutomaticReconnect().build();
    connection.on("upload", (upload) => { state.uploads.set(upload.id, upload); admin.uploads.render(); if (upload.status !== "running" && upload.status !== "queued") admin.versions.load(); });
    connection.on("versions", () => admin.versions.load());
    connection.onreconnecting(() => setStatus("Reconnecting…", true));
    connection.onreconnected(() => { setStatus(`Signed in as ${state.user.name}`); admin.uploads.load(); admin.versions.load(); });
    state.connection = connection;
    try { await connection.start(); } catch { setStatus("Live updates are off; reload to see progress.", true); }
  }

  const admin = window.EligibilityAdmin = { $, el, api, state };
  $("sign-in").addEventListener("submit", signIn);
  $("sign-out").addEventListener("click", signOut);
  window.addEventListener("DOMContentLoaded", start);
})();
