! function(r) {
    "use strict";

    function e(r, e, t) { for (var n in e) !0 !== t && r.hasOwnProperty(n) || (r[n] = e[n]) }
    var t = "/",
        n = "node_modules",
        i = {
            _registry: {},
            _parsedEntryPoints: [],
            _lastRegistered: "",
            _bind: function(r, e, t) { return function(n) { var i = [].slice.call(arguments).concat(t); return r.apply(e, i) } },
            shallowCopy: e,
            _log: { prepare: function(r, e) { var t = "[Codex] " + r; return e ? (e.msg = t, e) : t }, warn: function(e, t) { r.C.config.logger.warn(this.prepare(e, t)) }, error: function(e, t) { r.C.config.logger.error(this.prepare(e, t)) } },
            _createBoundRequire: function(r) {
                var e = this,
                    t = e._bind,
                    n = t(e.require, e, r);
                return n.ensure = t(e.requireAsync, e, r), n
            },
            _buildNmPath: function(r, e, i) {
                var o = e.split(t),
                    s = 1,
                    u = o.lastIndexOf(n);
                o.length > u + 1 && "@" === o[u + 1][0] && (s += 1);
                for (var a = u + s, f = o.slice(0, a + 1), l = f, c = 0; c < i; c++) l = l.slice(0, l.lastIndexOf(n));
                var h = l.join(t);
                return "" !== h && (h += t), h += n + t + r
            },
            _normalize: function(r, e) { return 0 === r.indexOf(".") ? this._normalizeFilePath(r, e) : this._normalizeNodeModulePath(r, e) },
            _normalizeNodeModulePath: function(r, e) {
                var t = { module: r, requiredBy: e };
                if (!this.config || !this.config.nmEntryPoints) return r;
                var i, o = this.config.nmEntryPoints,
                    s = o[r];
                if (!s) return this._log.error("No entry points found!", t), r;
                if (1 === s.length) return s[0];
                if (1 === e.split(n).length) return i = s.filter(function(r) { return 2 === r.split(n).length });
                for (var u = 0; !i;) {
                    for (var a = this._buildNmPath(r, e, u), f = 0; f < s.length; f++) 0 === s[f].indexOf(a) && (i = s[f]);
                    u++
                }
                return i
            },
            _normalizeFilePath: function(r, e) {
                var n = r.split(t);
                n = n.filter(function(r) { return "" !== r });
                for (var i = e.split(t), o = i.slice(0, -1), s = 0; s < n.length; s++) "." !== n[s] && (".." === n[s] ? o.pop() : o.push(n[s]));
                return o = o.join(t)
            },
            _findEntry: function(r) {
                for (var e = this._registry, t = [r + "/index.js", r + ".js", r], n = t.length; n--;)
                    if (e[t[n]]) return { entry: e[t[n]], normalizedName: t[n] };
                return { entry: null, normalizedName: r }
            },
            _excludeIfInRegistry: function(r, e) {
                var t = this,
                    n = null;
                if (!r || 0 === r.length) return [];
                n = e && 0 !== e.length ? e : [];
                var i = r.reduce(function(r, e) { return t._findEntry(e).entry ? r[e] = !1 : r[e] = !0, r }, {}),
                    o = n.reduce(function(r, e) { return r[e] = !1, r }, i);
                return Object.getOwnPropertyNames(o).filter(function(r) { return o[r] })
            },
            register: function(r, e) {
                var t = this._registry;
                if ("function" == typeof e)
                    if (t[r]) {
                        var n = "Module " + r + " already loaded, skipping!";
                        this._log.warn(n, { module: r })
                    } else t[r] = { invoke: e };
                this._lastRegistered = r
            },
            require: function(r, e) {
                var t, n, i = e ? this._normalize(r, e) : r;
                if (n = this._findEntry(i), t = n.entry, i = n.normalizedName, t) {
                    if (!t.exports) {
                        var o = e ? this._registry[e] : null,
                            s = { exports: {}, id: i, parent: o, entrypoint: !o, invoke: t.invoke };
                        this._registry[i] = t = s, s.invoke(this._createBoundRequire(i), s, s.exports)
                    }
                    return t.exports
                }
                var u = { module: i, requiredBy: e };
                return !0 === this.config.stub ? { stub: !0 } : void this._log.error("MODULE NOT FOUND!", u)
            },
            requireAsync: function(e, t, n) {
                var i = this;
                if (!r.C.fetch) throw new Error("FETCH NOT IMPLEMENTED!");
                if (!r.C.Client) throw new Error("CODEX-CLIENT NOT AVAILABLE!");
                if (!r.C.config) throw new Error("CONFIG NOT AVAILABLE!");
                var o = r.C.config;
                if (!o.namespace || !o.version || !o.id) throw new Error("CONFIG MISSING BUILD-TIME CONTEXT");
                if (!o.truthMap && o.truths) throw new Error("TRUTH MAP NOT AVAILABLE!");
                if (!o.client) throw new Error("CONFIG.CLIENT NOT SET!");
                for (var s = e instanceof Array ? e : [e], u = 0; u < s.length; u++) s[u] = i._normalize(s[u], n);
                var a = i._parsedEntryPoints,
                    f = i._excludeIfInRegistry(s, a);
                if (0 === f.length) setTimeout(function() { t() }, 0);
                else {
                    var l = { type: "js", files: f, excludeFiles: a, namespace: o.namespace, version: o.version, id: o.id, asyncRequire: !0 };
                    o.truthMap && o.truths && (l.truthMap = o.truthMap, l.truths = o.truths);
                    var c = new r.C.Client(o.client),
                        h = c.getUrl(l);
                    r.C.fetch(h, function() { i._parsedEntryPoints = a.concat(s), t() })
                }
            },
            kickoff: function(r) {
                var e = r;
                if (!e && "" === this._lastRegistered) return void this._log.error("NO MODULES REGISTERED!");
                e || (e = this._lastRegistered), e = e instanceof Array ? e : [e];
                for (var t = 0; t < e.length; t++) this._parsedEntryPoints.push(e[t]), this.require(e[t])
            }
        };
    r.Codex && r.Codex.config ? e(r.Codex, i, !1) : (r.Codex = i, r.Codex.config = {}), r.C = r.Codex, r.C.r = r.C.register, r.C.k = r.C.kickoff
}(window);
! function(o) {
    "use strict";
    var s = { stub: !0, logger: console };
    if (!o || !o.C) throw new Error("[Codex] Codex bootstrap not loaded!");
    var e = { id: "js", namespace: "webui", version: "1.22.5-shakti-js-vbd15d7a0" };
    o.C.shallowCopy(o.C.config, e, !0), o.C.shallowCopy(o.C.config, s, !1)
}(window);
! function(t) {
    "use strict";
    if ("object" != typeof t.Codex) throw new Error("[Codex] Codex client shim requires global.Codex!");
    t.Codex.Client = function t(e) {
        if (!(this instanceof t)) return new t(e);
        var n = /^[\d]+\.[\d]+\.[\d]+/,
            r = this;
        if (r._stack = e.hasOwnProperty("stack") ? e.stack.toUpperCase() : "", r._urlEncodedCodexVersion = this._urlEncodedServiceVersion(r.constants.MAJOR_VERSION_SEMVER), e.hasOwnProperty("serviceVersion")) {
            if ("string" != typeof e.serviceVersion) throw new Error("`codexServiceVersion` must be a string");
            if (!n.test(e.serviceVersion)) throw new Error("`codexServiceVersion must match " + n);
            r._urlEncodedCodexVersion = this._urlEncodedServiceVersion(e.serviceVersion)
        }
        if (r._port = e.port, r._customHost = function() { var t = ""; return e.hasOwnProperty("host") && (t = r._trimSlashes(e.host), e.hasOwnProperty("prefixPath") && (t += "/" + r._trimSlashes(e.prefixPath))), t }(), r._protocol = e.protocol || "https://", "" === r._stack) throw new Error("`stack` is required!");
        if (!r.constants.STACKS.hasOwnProperty(r._stack)) throw new Error(r._stack + " is an unsupported stack!");
        if (e.hasOwnProperty("prefixPath") && !e.hasOwnProperty("host")) throw new Error("`prefixPath` requires `host` value!")
    }, t.Codex.Client.create = t.Codex.Client, t.Codex.Client.prototype = {
        _urlEncodedServiceVersion: function(t) { return encodeURIComponent("^") + t },
        _resolveHost: function(t) {
            var e = this,
                n = e.constants.HOST[e._stack],
                r = void 0 === t || Boolean(t);
            return e._stack !== e.constants.STACKS.PROD && "" !== e._customHost && (n = e._customHost), e._stack === e.constants.STACKS.PROD && !0 === r && (n = e._customHost || e.constants.HOST.CDN), n
        },
        getUrl: function(t) {
            var e = this,
                n = e.constants.NONE,
                r = "",
                o = e._protocol + e._resolveHost(t.cdn);
            if (t.truths && t.truths.length > 0 && (n = t.truths.map(function(e) { return t.truthMap.kv[e] }).join("")), t.shimFlags && (!0 === t.shimFlags.bootstrap && (r += "b"), !0 === t.shimFlags.client && (r += "c"), !0 === t.shimFlags.kickoffLastOnly ? r += "l" : !0 === t.shimFlags.kickoff && (r += "k")), t.asyncRequire && (r += "a"), t.hasOwnProperty("wrapped") && t.wrapped) { if (!t.hasOwnProperty("wrappingFunctionName")) throw new Error("`wrapped` requires `wrappingFunctionName` value!"); if (t.wrappingFunctionName = t.wrappingFunctionName.trim(), 0 === t.wrappingFunctionName.length) throw new Error("`wrappingFunctionName` cannot be an empty string"); if (1 !== t.wrappingFunctionName.match(/([\w$]+)/gi).length) throw new Error("`wrappingFunctionName` must be a valid js variable name") }
            var s = [o + (e._port ? ":" + e._port : ""), e._urlEncodedCodexVersion, t.wrapped ? e.constants.BASE_URL_WRAPPED : e.constants.BASE_URL, t.namespace, t.version, t.id || t.type, t.type, e._encodeEntryPoints(t.files), t.hasOwnProperty("truthMap") ? t.truthMap.length || 0 : e.constants.NONE, n, r || e.constants.NONE, !1 !== t.resolveConditions ? "true" : "false", t.excludeFiles && t.excludeFiles.length > 0 ? e._encodeEntryPoints(t.excludeFiles) : e.constants.NONE];
            return t.wrapped && s.push(t.wrappingFunctionName), s.map(function(t) { return e._trimSlashes(t.toString()) }).join("/")
        },
        _encodeEntryPoints: function(t) {
            var e = this,
                n = [];
            return "object" == typeof t ? (n = t.map(function(t) { return t.replace(/\//g, e.constants.URL_SLASH_CHAR) }), n.join(",")) : t.replace(/\//g, e.constants.URL_SLASH_CHAR)
        },
        _trimSlashes: function(t) { return t.replace(/^\/+|\/+$/g, "") },
        constants: { HOST: { DEVELOPMENT: "127.0.0.1", PRBUILDER: "codex-prbuilder.netflix.com", TEST: "codex-test.netflix.com", SMOKE: "codex-smoke.netflix.com", PROD: "codex-prod.netflix.com", CDN: "codex.nflxext.com" }, STACKS: { DEVELOPMENT: "DEVELOPMENT", PRBUILDER: "PRBUILDER", TEST: "TEST", SMOKE: "SMOKE", PROD: "PROD" }, BASE_URL: "truthBundle", BASE_URL_WRAPPED: "truthBundleWrapped", NONE: "none", URL_SLASH_CHAR: "%7C", MAJOR_VERSION_SEMVER: "3.0.0" }
    }
}(window);
C.r("aN", function(s, t, c) {
    "use strict";
    s("Vs")
});
! function(o) {
    "use strict";
    if (!(o && o.C && o.C.k)) throw new Error("[Codex] Codex bootstrap not loaded!");
    o.C.k()
}(window);
C.r("aT", function(e, t, n) {
    "use strict";
    if ("undefined" != typeof window && ("undefined" == typeof global && (window.global = {}), "undefined" == typeof process && (window.process = { env: {} })), "undefined" != typeof Intl && Intl.__disableRegExpRestore && Intl.__disableRegExpRestore(), window && window.netflix && window.netflix.reactContext && window.netflix.reactContext.models && window.netflix.reactContext.models.codexClient && window.netflix.reactContext.models.codexClient.data && window.netflix.reactContext.models.codexClient.data.obfuscatedTruths) {
        Codex.fetch = function(e, t) {
            var n = document.getElementsByTagName("script")[0],
                o = document.createElement("script"),
                d = !1;
            o.src = e, o.type = "text/javascript", o.onload = o.onreadystatechange = function() { d || this.readyState && "complete" !== this.readyState || (d = !0, t()) }, n && n.parentNode && n.parentNode.insertBefore(o, n)
        };
        var o = window.netflix.reactContext.models.codexClient.data,
            d = o.obfuscatedTruths,
            i = { kv: {} },
            a = d.length;
        if (a) {
            i.length = d[0].length;
            for (var c = 0; c < a; c += 1) {
                var l = d[c];
                i.kv[l] = l
            }
        }
        Codex.config.client = o.config, Codex.config.truths = d, Codex.config.truthMap = i
    }
});
! function(o) {
    "use strict";
    if (!(o && o.C && o.C.k)) throw new Error("[Codex] Codex bootstrap not loaded!");
    o.C.k()
}(window);