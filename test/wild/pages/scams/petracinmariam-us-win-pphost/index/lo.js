(function(t, e) {
        for (var r in e)
            t[r] = e[r]
    }
)(this, function(t) {
    var e = {};
    function r(n) {
        if (e[n])
            return e[n].exports;
        var o = e[n] = {
            i: n,
            l: !1,
            exports: {}
        };
        return t[n].call(o.exports, o, o.exports, r),
            o.l = !0,
            o.exports
    }
    return r.m = t,
        r.c = e,
        r.d = function(t, e, n) {
            r.o(t, e) || Object.defineProperty(t, e, {
                enumerable: !0,
                get: n
            })
        }
        ,
        r.r = function(t) {
            "undefined" != typeof Symbol && Symbol.toStringTag && Object.defineProperty(t, Symbol.toStringTag, {
                value: "Module"
            }),
                Object.defineProperty(t, "__esModule", {
                    value: !0
                })
        }
        ,
        r.t = function(t, e) {
            if (1 & e && (t = r(t)),
            8 & e)
                return t;
            if (4 & e && "object" == typeof t && t && t.__esModule)
                return t;
            var n = Object.create(null);
            if (r.r(n),
                Object.defineProperty(n, "default", {
                    enumerable: !0,
                    value: t
                }),
            2 & e && "string" != typeof t)
                for (var o in t)
                    r.d(n, o, function(e) {
                        return t[e]
                    }
                        .bind(null, o));
            return n
        }
        ,
        r.n = function(t) {
            var e = t && t.__esModule ? function() {
                        return t.default
                    }
                    : function() {
                        return t
                    }
            ;
            return r.d(e, "a", e),
                e
        }
        ,
        r.o = function(t, e) {
            return Object.prototype.hasOwnProperty.call(t, e)
        }
        ,
        r.p = "",
        r(r.s = 160)
}([, function(t, e, r) {
    r(15);
    var n = ["log", "error", "warn", "info", "debug"]
        , o = ["time", "timeEnd", "table", "dir", "group", "groupEnd"]
        , i = window.performance;
    t.exports = function(t) {
        var e = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : "[LO]";
        if (!t)
            throw new Error("Debug namespace required.");
        var r = function(r) {
            return "".concat(e, "[").concat(t, "] ").concat(r)
        }
            , c = {
            createBoilerplate: function(t) {
                c[t] = function() {
                    return c.run.apply(c, [t].concat(Array.prototype.slice.call(arguments)))
                }
            },
            shouldDebug: function() {
                if (window.localStorage) {
                    var e = window.localStorage.getItem("debug");
                    if (e) {
                        var r = (e = e.replace(/\s/g, "")).split(",");
                        if (r.indexOf("*") > -1)
                            return !(r.indexOf("!" + t) > -1);
                        if (r.indexOf(t) > -1)
                            return !0
                    }
                    return !1
                }
            },
            run: function() {
                if (c.shouldDebug()) {
                    var e = Array.prototype.slice.call(arguments)
                        , r = e.shift();
                    return n.includes(r) && (e.unshift("color: ".concat("#ff9b38", ";")),
                        e.unshift("%c".concat("[LO]", "[").concat(t, "]"))),
                    console[r].apply && console[r].apply(console, e),
                        !0
                }
                return !1
            },
            mark: function(t) {
                return t = r(t),
                c.shouldDebug() && i && i.mark(t)
            },
            measure: function(t, e, n) {
                c.shouldDebug() && i && (t = r(t),
                    e = r(e),
                    n = r(n),
                    i.measure(t, e, n),
                    i.clearMarks(e),
                    i.clearMarks(n))
            }
        };
        return n.forEach(c.createBoilerplate),
            o.forEach(c.createBoilerplate),
            c
    }
}
    , , function(t, e, r) {
        "use strict";
        var n = function(t) {
            return t && t.Math === Math && t
        };
        t.exports = n("object" == typeof globalThis && globalThis) || n("object" == typeof window && window) || n("object" == typeof self && self) || n("object" == typeof global && global) || n("object" == typeof this && this) || function() {
            return this
        }() || Function("return this")()
    }
    , function(t, e, r) {
        "use strict";
        var n = "object" == typeof document && document.all;
        t.exports = void 0 === n && void 0 !== n ? function(t) {
                return "function" == typeof t || t === n
            }
            : function(t) {
                return "function" == typeof t
            }
    }
    , function(t, e, r) {
        "use strict";
        t.exports = function(t) {
            try {
                return !!t()
            } catch (t) {
                return !0
            }
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(34)
            , o = Function.prototype
            , i = o.call
            , c = n && o.bind.bind(i, i);
        t.exports = n ? c : function(t) {
            return function() {
                return i.apply(t, arguments)
            }
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = function(t) {
            return t = t || Object.create(null),
                {
                    on: function(e, r) {
                        (t[e] || (t[e] = [])).push(r)
                    },
                    off: function(e, r) {
                        t[e] && t[e].splice(t[e].indexOf(r) >>> 0, 1)
                    },
                    emit: function(e, r) {
                        (t[e] || []).slice().map((function(t) {
                                t(r)
                            }
                        )),
                            (t["*"] || []).slice().map((function(t) {
                                    t(e, r)
                                }
                            ))
                    }
                }
        }
            , o = r(1);
        function i(t) {
            return (i = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(t) {
                        return typeof t
                    }
                    : function(t) {
                        return t && "function" == typeof Symbol && t.constructor === Symbol && t !== Symbol.prototype ? "symbol" : typeof t
                    }
            )(t)
        }
        var c = new (r.n(o).a)("Shared API")
            , u = "API Exposed";
        function a() {
            for (var t = arguments[0], e = 0; e < arguments.length; e++)
                for (var r in arguments[e])
                    t[r] = arguments[e][r];
            return t
        }
        function s(t, e) {
            for (; t !== t.top; ) {
                if (t[e])
                    return t;
                t = t.parent
            }
            return t
        }
        e.a = function() {
            var t = arguments.length > 0 && void 0 !== arguments[0] ? arguments[0] : {};
            t = a({
                context: null,
                contextKey: "LO",
                traverse: !0
            }, t);
            var e = {}
                , r = n()
                , o = {
                on: r.on,
                emit: r.emit
            };
            r.emit = function(t, r) {
                return e[t] = r,
                    o.emit(t, r)
            }
                ,
                r.on = function(t, r) {
                    var n = arguments.length > 2 && void 0 !== arguments[2] ? arguments[2] : {};
                    return n.immediate && e[t] && r(e[t]),
                        o.on(t, r)
                }
            ;
            var f = {
                $internal: {
                    expose: function(t, e) {
                        var r = arguments.length > 2 && void 0 !== arguments[2] ? arguments[2] : {}
                            , n = (r = a({
                            internal: !0
                        }, r)).internal ? f.$internal : f;
                        if (n[t])
                            throw new Error("Namespace [".concat(t, "] already exposed."));
                        n[t] = e,
                            f.$internal.bus.emit(u, {
                                namespace: t,
                                apiToAdd: e
                            }),
                            c.log("".concat(t, " namespace exposed ").concat(r.internal ? "internally" : "publicly", "."))
                    },
                    ready: function(t) {
                        return new Promise((function(e, r) {
                                var n = f[t] || f.$internal[t];
                                if (n && "object" === i(n))
                                    return e(n);
                                f.$internal.bus.on(u, (function(r) {
                                        if (r.namespace === t)
                                            return e(r.apiToAdd)
                                    }
                                ))
                            }
                        ))
                    },
                    bus: r
                }
            };
            return null === t.context && t.traverse && (t.context = s(window, t.contextKey)),
                t.context[t.contextKey] ? t.context[t.contextKey] && "object" === i(t.context[t.contextKey]) && !t.context[t.contextKey].$internal ? (t.context[t.contextKey] = a(f, t.context[t.contextKey]),
                    t.context[t.contextKey]) : t.context[t.contextKey] : (t.context[t.contextKey] = f,
                    f)
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(5);
        t.exports = !n((function() {
                return 7 !== Object.defineProperty({}, 1, {
                    get: function() {
                        return 7
                    }
                })[1]
            }
        ))
    }
    , function(t, e, r) {
        "use strict";
        var n = r(6)
            , o = r(42)
            , i = n({}.hasOwnProperty);
        t.exports = Object.hasOwn || function(t, e) {
            return i(o(t), e)
        }
    }
    , , function(t, e, r) {
        "use strict";
        var n = r(4);
        t.exports = function(t) {
            return "object" == typeof t ? null !== t : n(t)
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(3)
            , o = r(54)
            , i = r(9)
            , c = r(43)
            , u = r(53)
            , a = r(52)
            , s = n.Symbol
            , f = o("wks")
            , l = a ? s.for || s : s && s.withoutSetter || c;
        t.exports = function(t) {
            return i(f, t) || (f[t] = u && i(s, t) ? s[t] : l("Symbol." + t)),
                f[t]
        }
    }
    , , function(t, e, r) {
        "use strict";
        var n = r(8)
            , o = r(55)
            , i = r(57)
            , c = r(17)
            , u = r(49)
            , a = TypeError
            , s = Object.defineProperty
            , f = Object.getOwnPropertyDescriptor;
        e.f = n ? i ? function(t, e, r) {
                if (c(t),
                    e = u(e),
                    c(r),
                "function" == typeof t && "prototype" === e && "value"in r && "writable"in r && !r.writable) {
                    var n = f(t, e);
                    n && n.writable && (t[e] = r.value,
                        r = {
                            configurable: "configurable"in r ? r.configurable : n.configurable,
                            enumerable: "enumerable"in r ? r.enumerable : n.enumerable,
                            writable: !1
                        })
                }
                return s(t, e, r)
            }
            : s : function(t, e, r) {
            if (c(t),
                e = u(e),
                c(r),
                o)
                try {
                    return s(t, e, r)
                } catch (t) {}
            if ("get"in r || "set"in r)
                throw new a("Accessors not supported");
            return "value"in r && (t[e] = r.value),
                t
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(20)
            , o = r(60).includes
            , i = r(5)
            , c = r(61);
        n({
            target: "Array",
            proto: !0,
            forced: i((function() {
                    return !Array(1).includes()
                }
            ))
        }, {
            includes: function(t) {
                return o(this, t, arguments.length > 1 ? arguments[1] : void 0)
            }
        }),
            c("includes")
    }
    , function(t, e, r) {
        "use strict";
        var n = r(34)
            , o = Function.prototype.call;
        t.exports = n ? o.bind(o) : function() {
            return o.apply(o, arguments)
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(11)
            , o = String
            , i = TypeError;
        t.exports = function(t) {
            if (n(t))
                return t;
            throw new i(o(t) + " is not an object")
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(80)
            , o = r(25);
        t.exports = function(t) {
            return n(o(t))
        }
    }
    , , function(t, e, r) {
        "use strict";
        var n = r(3)
            , o = r(48).f
            , i = r(32)
            , c = r(28)
            , u = r(27)
            , a = r(83)
            , s = r(74);
        t.exports = function(t, e) {
            var r, f, l, p, d, v = t.target, g = t.global, h = t.stat;
            if (r = g ? n : h ? n[v] || u(v, {}) : n[v] && n[v].prototype)
                for (f in e) {
                    if (p = e[f],
                        l = t.dontCallGetSet ? (d = o(r, f)) && d.value : r[f],
                    !s(g ? f : v + (h ? "." : "#") + f, t.forced) && void 0 !== l) {
                        if (typeof p == typeof l)
                            continue;
                        a(p, l)
                    }
                    (t.sham || l && l.sham) && i(p, "sham", !0),
                        c(r, f, p, t)
                }
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(3)
            , o = r(4)
            , i = function(t) {
            return o(t) ? t : void 0
        };
        t.exports = function(t, e) {
            return arguments.length < 2 ? i(n[t]) : n[t] && n[t][e]
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = window.localStorage
            , o = window.sessionStorage
            , i = {
            get: function(t) {
                var e = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : {
                    useSessionStorage: !1
                }
                    , r = e.useSessionStorage ? o : n;
                if (r)
                    return JSON.parse(r.getItem(t))
            },
            set: function(t, e) {
                var r = arguments.length > 2 && void 0 !== arguments[2] ? arguments[2] : {
                    useSessionStorage: !1
                }
                    , i = r.useSessionStorage ? o : n;
                if (e = JSON.stringify(e),
                    i)
                    return i.setItem(t, e)
            },
            remove: function(t) {
                var e = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : {
                    useSessionStorage: !1
                }
                    , r = e.useSessionStorage ? o : n;
                if (r)
                    return r.removeItem(t)
            }
        };
        e.a = i
    }
    , , function(t, e, r) {
        "use strict";
        var n = r(6)
            , o = n({}.toString)
            , i = n("".slice);
        t.exports = function(t) {
            return i(o(t), 8, -1)
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(38)
            , o = TypeError;
        t.exports = function(t) {
            if (n(t))
                throw new o("Can't call method on " + t);
            return t
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(36)
            , o = r(3)
            , i = r(27)
            , c = t.exports = o["__core-js_shared__"] || i("__core-js_shared__", {});
        (c.versions || (c.versions = [])).push({
            version: "3.41.0",
            mode: n ? "pure" : "global",
            copyright: "© 2014-2025 Denis Pushkarev (zloirock.ru)",
            license: "https://github.com/zloirock/core-js/blob/v3.41.0/LICENSE",
            source: "https://github.com/zloirock/core-js"
        })
    }
    , function(t, e, r) {
        "use strict";
        var n = r(3)
            , o = Object.defineProperty;
        t.exports = function(t, e) {
            try {
                o(n, t, {
                    value: e,
                    configurable: !0,
                    writable: !0
                })
            } catch (r) {
                n[t] = e
            }
            return e
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(4)
            , o = r(14)
            , i = r(67)
            , c = r(27);
        t.exports = function(t, e, r, u) {
            u || (u = {});
            var a = u.enumerable
                , s = void 0 !== u.name ? u.name : e;
            if (n(r) && i(r, s, u),
                u.global)
                a ? t[e] = r : c(e, r);
            else {
                try {
                    u.unsafe ? t[e] && (a = !0) : delete t[e]
                } catch (t) {}
                a ? t[e] = r : o.f(t, e, {
                    value: r,
                    enumerable: !1,
                    configurable: !u.nonConfigurable,
                    writable: !u.nonWritable
                })
            }
            return t
        }
    }
    , function(t, e, r) {
        "use strict";
        t.exports = {}
    }
    , function(t, e, r) {
        "use strict";
        t.exports = ["constructor", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "toString", "valueOf"]
    }
    , function(t, e, r) {
        "use strict";
        t.exports = function(t, e) {
            return {
                enumerable: !(1 & t),
                configurable: !(2 & t),
                writable: !(4 & t),
                value: e
            }
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(8)
            , o = r(14)
            , i = r(31);
        t.exports = n ? function(t, e, r) {
                return o.f(t, e, i(1, r))
            }
            : function(t, e, r) {
                return t[e] = r,
                    t
            }
    }
    , , function(t, e, r) {
        "use strict";
        var n = r(5);
        t.exports = !n((function() {
                var t = function() {}
                    .bind();
                return "function" != typeof t || t.hasOwnProperty("prototype")
            }
        ))
    }
    , function(t, e, r) {
        "use strict";
        var n = r(4)
            , o = r(64)
            , i = TypeError;
        t.exports = function(t) {
            if (n(t))
                return t;
            throw new i(o(t) + " is not a function")
        }
    }
    , function(t, e, r) {
        "use strict";
        t.exports = !1
    }
    , function(t, e, r) {
        "use strict";
        var n = r(85);
        t.exports = function(t) {
            var e = +t;
            return e != e || 0 === e ? 0 : n(e)
        }
    }
    , function(t, e, r) {
        "use strict";
        t.exports = function(t) {
            return null == t
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(54)
            , o = r(43)
            , i = n("keys");
        t.exports = function(t) {
            return i[t] || (i[t] = o(t))
        }
    }
    , function(t, e, r) {
        "use strict";
        var n, o = r(17), i = r(88), c = r(30), u = r(29), a = r(90), s = r(56), f = r(39), l = f("IE_PROTO"), p = function() {}, d = function(t) {
            return "<script>" + t + "<\/script>"
        }, v = function(t) {
            t.write(d("")),
                t.close();
            var e = t.parentWindow.Object;
            return t = null,
                e
        }, g = function() {
            try {
                n = new ActiveXObject("htmlfile")
            } catch (t) {}
            var t, e;
            g = "undefined" != typeof document ? document.domain && n ? v(n) : ((e = s("iframe")).style.display = "none",
                a.appendChild(e),
                e.src = String("javascript:"),
                (t = e.contentWindow.document).open(),
                t.write(d("document.F=Object")),
                t.close(),
                t.F) : v(n);
            for (var r = c.length; r--; )
                delete g.prototype[c[r]];
            return g()
        };
        u[l] = !0,
            t.exports = Object.create || function(t, e) {
                var r;
                return null !== t ? (p.prototype = o(t),
                    r = new p,
                    p.prototype = null,
                    r[l] = t) : r = g(),
                    void 0 === e ? r : i.f(r, e)
            }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(1)
            , o = new (r.n(n).a)("External Scripts")
            , i = (Object({
            NODE_ENV: "production",
            LO_APP_ENV: "production"
        }).LO_CDN_PATH,
        Object({
            NODE_ENV: "production",
            LO_APP_ENV: "production"
        }).LO_CDN_PATH || "https://tools.luckyorange.com")
            , c = "https://storage.googleapis.com/lucky-orange-public/heatmap2/bootstrap.js"
            , u = {
            loaded: {},
            whitelist: {
                core: {
                    legacy: "".concat(i, "/core/core.legacy.js"),
                    modern: "".concat(i, "/core/core.js"),
                    module: !1
                },
                heatmap: {
                    legacy: "".concat(i, "/heatmaps/bootstrap.js"),
                    module: !1
                },
                messenger: {
                    legacy: "".concat(i, "/messenger/bootstrap.js"),
                    module: !1
                },
                selector: {
                    legacy: "".concat(i, "/core/selector.js"),
                    module: !1
                },
                frame: {
                    legacy: "".concat(i, "/core/frame.js"),
                    module: !1
                },
                lo: {
                    legacy: "".concat(i, "/core/lo.legacy.js")
                },
                "web-vitals": {
                    legacy: "".concat(i, "/core/web-vitals.js"),
                    module: !1
                }
            },
            load: async function(t) {
                var e, r = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : {};
                if (!u.whitelist[t])
                    throw new Error("Script [".concat(t, "] was not found in whitelist."));
                if (!u.loaded[t] || r.allowMultiple) {
                    "heatmap" === t && null !== (e = window) && void 0 !== e && null !== (e = e.LO) && void 0 !== e && null !== (e = e.$internal) && void 0 !== e && null !== (e = e.settings) && void 0 !== e && null !== (e = e.state) && void 0 !== e && e.features && window.LO.$internal.settings.state.features["heatmaps-2"] && (u.whitelist[t].legacy = c);
                    var n = u.isModern() && u.whitelist[t].modern ? "modern" : "legacy"
                        , i = null
                        , a = window.localStorage && window.localStorage.getItem("lo-debug-url:".concat(t))
                        , s = window.localStorage && window.localStorage.getItem("lo-debug-disable-script");
                    if (s !== t) {
                        a ? (o.log("Debug URL found for script [".concat(t, "] in localStorage.")),
                            i = a,
                        !1 !== u.whitelist[t].module && (r.module = !0)) : i = u.whitelist[t][n],
                        !1 !== r.cacheControl && (i = "".concat(i, "?v=").concat("d381a17"));
                        var f = null;
                        r.iframe && (f = !0 !== r.iframe ? r.iframe : u.createFrame(t)),
                            await u.waitForFrameLoad(f, (function() {
                                    var e = document;
                                    f && (e = f.contentDocument),
                                    r.root && (e = window.parent.document);
                                    var n = u.createScript(i, {
                                        name: t,
                                        doc: e,
                                        module: r.module
                                    });
                                    e && e.head && e.head.appendChild(n),
                                        o.log("Loading script from ".concat(i, " ").concat(f ? "in iframe" : "")),
                                        u.loaded[t] = !0
                                }
                            ), 10)
                    } else
                        o.warn("Script [".concat(t, "] has been disabled by 'lo-debug-disable-script' in localStorage."))
                } else
                    o.log("Script [".concat(t, "] has already been loaded."))
            },
            loadIntegration: function(t) {
                return u.whitelist[t] = {
                    legacy: "".concat(i, "/integrations/integration-").concat(t, "/core/main.js")
                },
                    u.load(t, {
                        iframe: !1,
                        cacheControl: !1
                    })
            },
            loadIntegrationPrivacy: function(t) {
                return u.whitelist["".concat(t, "-privacy")] = {
                    legacy: "".concat(i, "/integrations/integration-").concat(t, "/privacy/main.js")
                },
                    u.load("".concat(t, "-privacy"), {
                        iframe: !1,
                        cacheControl: !1
                    })
            },
            createScript: function(t) {
                var e = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : {}
                    , r = e.doc.createElement("script");
                return r.async = !0,
                    r.charset = "utf-8",
                    r.src = t,
                    r.crossOrigin = "anonymous",
                e.name && (r.id = "lo-script-".concat(e.name)),
                e.module && (r.type = "module"),
                    r
            },
            createFrame: function(t) {
                var e = document.createElement("iframe");
                return e.id = "lo-frame-".concat(t),
                    e.src = "about:blank",
                    e.setAttribute("aria-hidden", "true"),
                    e.setAttribute("title", "Lucky Orange: ".concat(t)),
                    e.style.cssText = "display: none !important;",
                document && document.body && document.body.appendChild(e),
                    e
            },
            waitForFrameLoad: async function(t, e, r) {
                if (!t || null == t || !t.contentWindow)
                    return e();
                if (r < 1)
                    o.error("Frame never loaded.");
                else {
                    var n = "about:blank" === document.location.href ? window.parent : window;
                    await n.requestAnimationFrame((function() {
                            var r = null;
                            t && t.contentDocument && (r = t.contentDocument.readyState),
                                "complete" === r || "interactive" === r ? e() : t && t.contentWindow ? t.contentWindow.addEventListener("load", (function(t) {
                                        e()
                                    }
                                )) : o.warn("Frame or frame.contentWindow not found.")
                        }
                    ))
                }
            },
            isModern: function() {
                return "noModule"in document.createElement("script")
            }
        };
        e.a = u
    }
    , function(t, e, r) {
        "use strict";
        var n = r(25)
            , o = Object;
        t.exports = function(t) {
            return o(n(t))
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(6)
            , o = 0
            , i = Math.random()
            , c = n(1..toString);
        t.exports = function(t) {
            return "Symbol(" + (void 0 === t ? "" : t) + ")_" + c(++o + i, 36)
        }
    }
    , function(t, e, r) {
        "use strict";
        var n, o, i, c = r(82), u = r(3), a = r(11), s = r(32), f = r(9), l = r(26), p = r(39), d = r(29), v = u.TypeError, g = u.WeakMap;
        if (c || l.state) {
            var h = l.state || (l.state = new g);
            h.get = h.get,
                h.has = h.has,
                h.set = h.set,
                n = function(t, e) {
                    if (h.has(t))
                        throw new v("Object already initialized");
                    return e.facade = t,
                        h.set(t, e),
                        e
                }
                ,
                o = function(t) {
                    return h.get(t) || {}
                }
                ,
                i = function(t) {
                    return h.has(t)
                }
        } else {
            var y = p("state");
            d[y] = !0,
                n = function(t, e) {
                    if (f(t, y))
                        throw new v("Object already initialized");
                    return e.facade = t,
                        s(t, y, e),
                        e
                }
                ,
                o = function(t) {
                    return f(t, y) ? t[y] : {}
                }
                ,
                i = function(t) {
                    return f(t, y)
                }
        }
        t.exports = {
            set: n,
            get: o,
            has: i,
            enforce: function(t) {
                return i(t) ? o(t) : n(t, {})
            },
            getterFor: function(t) {
                return function(e) {
                    var r;
                    if (!a(e) || (r = o(e)).type !== t)
                        throw new v("Incompatible receiver, " + t + " required");
                    return r
                }
            }
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(86);
        t.exports = function(t) {
            return n(t.length)
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(97)
            , o = r(4)
            , i = r(24)
            , c = r(12)("toStringTag")
            , u = Object
            , a = "Arguments" === i(function() {
            return arguments
        }());
        t.exports = n ? i : function(t) {
            var e, r, n;
            return void 0 === t ? "Undefined" : null === t ? "Null" : "string" == typeof (r = function(t, e) {
                try {
                    return t[e]
                } catch (t) {}
            }(e = u(t), c)) ? r : a ? i(e) : "Object" === (n = i(e)) && o(e.callee) ? "Arguments" : n
        }
    }
    , , function(t, e, r) {
        "use strict";
        var n = r(8)
            , o = r(16)
            , i = r(79)
            , c = r(31)
            , u = r(18)
            , a = r(49)
            , s = r(9)
            , f = r(55)
            , l = Object.getOwnPropertyDescriptor;
        e.f = n ? l : function(t, e) {
            if (t = u(t),
                e = a(e),
                f)
                try {
                    return l(t, e)
                } catch (t) {}
            if (s(t, e))
                return c(!o(i.f, t, e), t[e])
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(71)
            , o = r(50);
        t.exports = function(t) {
            var e = n(t, "string");
            return o(e) ? e : e + ""
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(21)
            , o = r(4)
            , i = r(51)
            , c = r(52)
            , u = Object;
        t.exports = c ? function(t) {
                return "symbol" == typeof t
            }
            : function(t) {
                var e = n("Symbol");
                return o(e) && i(e.prototype, u(t))
            }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(6);
        t.exports = n({}.isPrototypeOf)
    }
    , function(t, e, r) {
        "use strict";
        var n = r(53);
        t.exports = n && !Symbol.sham && "symbol" == typeof Symbol.iterator
    }
    , function(t, e, r) {
        "use strict";
        var n = r(72)
            , o = r(5)
            , i = r(3).String;
        t.exports = !!Object.getOwnPropertySymbols && !o((function() {
                var t = Symbol("symbol detection");
                return !i(t) || !(Object(t)instanceof Symbol) || !Symbol.sham && n && n < 41
            }
        ))
    }
    , function(t, e, r) {
        "use strict";
        var n = r(26);
        t.exports = function(t, e) {
            return n[t] || (n[t] = e || {})
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(8)
            , o = r(5)
            , i = r(56);
        t.exports = !n && !o((function() {
                return 7 !== Object.defineProperty(i("div"), "a", {
                    get: function() {
                        return 7
                    }
                }).a
            }
        ))
    }
    , function(t, e, r) {
        "use strict";
        var n = r(3)
            , o = r(11)
            , i = n.document
            , c = o(i) && o(i.createElement);
        t.exports = function(t) {
            return c ? i.createElement(t) : {}
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(8)
            , o = r(5);
        t.exports = n && o((function() {
                return 42 !== Object.defineProperty((function() {}
                ), "prototype", {
                    value: 42,
                    writable: !1
                }).prototype
            }
        ))
    }
    , function(t, e, r) {
        "use strict";
        var n = r(8)
            , o = r(9)
            , i = Function.prototype
            , c = n && Object.getOwnPropertyDescriptor
            , u = o(i, "name")
            , a = u && "something" === function() {}
            .name
            , s = u && (!n || n && c(i, "name").configurable);
        t.exports = {
            EXISTS: u,
            PROPER: a,
            CONFIGURABLE: s
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(6)
            , o = r(9)
            , i = r(18)
            , c = r(60).indexOf
            , u = r(29)
            , a = n([].push);
        t.exports = function(t, e) {
            var r, n = i(t), s = 0, f = [];
            for (r in n)
                !o(u, r) && o(n, r) && a(f, r);
            for (; e.length > s; )
                o(n, r = e[s++]) && (~c(f, r) || a(f, r));
            return f
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(18)
            , o = r(65)
            , i = r(45)
            , c = function(t) {
            return function(e, r, c) {
                var u = n(e)
                    , a = i(u);
                if (0 === a)
                    return !t && -1;
                var s, f = o(c, a);
                if (t && r != r) {
                    for (; a > f; )
                        if ((s = u[f++]) != s)
                            return !0
                } else
                    for (; a > f; f++)
                        if ((t || f in u) && u[f] === r)
                            return t || f || 0;
                return !t && -1
            }
        };
        t.exports = {
            includes: c(!0),
            indexOf: c(!1)
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(12)
            , o = r(40)
            , i = r(14).f
            , c = n("unscopables")
            , u = Array.prototype;
        void 0 === u[c] && i(u, c, {
            configurable: !0,
            value: o(null)
        }),
            t.exports = function(t) {
                u[c][t] = !0
            }
    }
    , , function(t, e, r) {
        "use strict";
        var n = r(3).navigator
            , o = n && n.userAgent;
        t.exports = o ? String(o) : ""
    }
    , function(t, e, r) {
        "use strict";
        var n = String;
        t.exports = function(t) {
            try {
                return n(t)
            } catch (t) {
                return "Object"
            }
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(37)
            , o = Math.max
            , i = Math.min;
        t.exports = function(t, e) {
            var r = n(t);
            return r < 0 ? o(r + e, 0) : i(r, e)
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(35)
            , o = r(38);
        t.exports = function(t, e) {
            var r = t[e];
            return o(r) ? void 0 : n(r)
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(6)
            , o = r(5)
            , i = r(4)
            , c = r(9)
            , u = r(8)
            , a = r(58).CONFIGURABLE
            , s = r(68)
            , f = r(44)
            , l = f.enforce
            , p = f.get
            , d = String
            , v = Object.defineProperty
            , g = n("".slice)
            , h = n("".replace)
            , y = n([].join)
            , m = u && !o((function() {
                    return 8 !== v((function() {}
                    ), "length", {
                        value: 8
                    }).length
                }
            ))
            , b = String(String).split("String")
            , w = t.exports = function(t, e, r) {
                "Symbol(" === g(d(e), 0, 7) && (e = "[" + h(d(e), /^Symbol\(([^)]*)\).*$/, "$1") + "]"),
                r && r.getter && (e = "get " + e),
                r && r.setter && (e = "set " + e),
                (!c(t, "name") || a && t.name !== e) && (u ? v(t, "name", {
                    value: e,
                    configurable: !0
                }) : t.name = e),
                m && r && c(r, "arity") && t.length !== r.arity && v(t, "length", {
                    value: r.arity
                });
                try {
                    r && c(r, "constructor") && r.constructor ? u && v(t, "prototype", {
                        writable: !1
                    }) : t.prototype && (t.prototype = void 0)
                } catch (t) {}
                var n = l(t);
                return c(n, "source") || (n.source = y(b, "string" == typeof e ? e : "")),
                    t
            }
        ;
        Function.prototype.toString = w((function() {
                return i(this) && p(this).source || s(this)
            }
        ), "toString")
    }
    , function(t, e, r) {
        "use strict";
        var n = r(6)
            , o = r(4)
            , i = r(26)
            , c = n(Function.toString);
        o(i.inspectSource) || (i.inspectSource = function(t) {
                return c(t)
            }
        ),
            t.exports = i.inspectSource
    }
    , function(t, e, r) {
        "use strict";
        var n = r(46)
            , o = String;
        t.exports = function(t) {
            if ("Symbol" === n(t))
                throw new TypeError("Cannot convert a Symbol value to a string");
            return o(t)
        }
    }
    , , function(t, e, r) {
        "use strict";
        var n = r(16)
            , o = r(11)
            , i = r(50)
            , c = r(66)
            , u = r(81)
            , a = r(12)
            , s = TypeError
            , f = a("toPrimitive");
        t.exports = function(t, e) {
            if (!o(t) || i(t))
                return t;
            var r, a = c(t, f);
            if (a) {
                if (void 0 === e && (e = "default"),
                    r = n(a, t, e),
                !o(r) || i(r))
                    return r;
                throw new s("Can't convert object to primitive value")
            }
            return void 0 === e && (e = "number"),
                u(t, e)
        }
    }
    , function(t, e, r) {
        "use strict";
        var n, o, i = r(3), c = r(63), u = i.process, a = i.Deno, s = u && u.versions || a && a.version, f = s && s.v8;
        f && (o = (n = f.split("."))[0] > 0 && n[0] < 4 ? 1 : +(n[0] + n[1])),
        !o && c && (!(n = c.match(/Edge\/(\d+)/)) || n[1] >= 74) && (n = c.match(/Chrome\/(\d+)/)) && (o = +n[1]),
            t.exports = o
    }
    , function(t, e, r) {
        "use strict";
        var n = r(59)
            , o = r(30).concat("length", "prototype");
        e.f = Object.getOwnPropertyNames || function(t) {
            return n(t, o)
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(5)
            , o = r(4)
            , i = /#|\.prototype\./
            , c = function(t, e) {
            var r = a[u(t)];
            return r === f || r !== s && (o(e) ? n(e) : !!e)
        }
            , u = c.normalize = function(t) {
            return String(t).replace(i, ".").toLowerCase()
        }
            , a = c.data = {}
            , s = c.NATIVE = "N"
            , f = c.POLYFILL = "P";
        t.exports = c
    }
    , , , , , function(t, e, r) {
        "use strict";
        var n = {}.propertyIsEnumerable
            , o = Object.getOwnPropertyDescriptor
            , i = o && !n.call({
            1: 2
        }, 1);
        e.f = i ? function(t) {
                var e = o(this, t);
                return !!e && e.enumerable
            }
            : n
    }
    , function(t, e, r) {
        "use strict";
        var n = r(6)
            , o = r(5)
            , i = r(24)
            , c = Object
            , u = n("".split);
        t.exports = o((function() {
                return !c("z").propertyIsEnumerable(0)
            }
        )) ? function(t) {
                return "String" === i(t) ? u(t, "") : c(t)
            }
            : c
    }
    , function(t, e, r) {
        "use strict";
        var n = r(16)
            , o = r(4)
            , i = r(11)
            , c = TypeError;
        t.exports = function(t, e) {
            var r, u;
            if ("string" === e && o(r = t.toString) && !i(u = n(r, t)))
                return u;
            if (o(r = t.valueOf) && !i(u = n(r, t)))
                return u;
            if ("string" !== e && o(r = t.toString) && !i(u = n(r, t)))
                return u;
            throw new c("Can't convert object to primitive value")
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(3)
            , o = r(4)
            , i = n.WeakMap;
        t.exports = o(i) && /native code/.test(String(i))
    }
    , function(t, e, r) {
        "use strict";
        var n = r(9)
            , o = r(84)
            , i = r(48)
            , c = r(14);
        t.exports = function(t, e, r) {
            for (var u = o(e), a = c.f, s = i.f, f = 0; f < u.length; f++) {
                var l = u[f];
                n(t, l) || r && n(r, l) || a(t, l, s(e, l))
            }
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(21)
            , o = r(6)
            , i = r(73)
            , c = r(87)
            , u = r(17)
            , a = o([].concat);
        t.exports = n("Reflect", "ownKeys") || function(t) {
            var e = i.f(u(t))
                , r = c.f;
            return r ? a(e, r(t)) : e
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = Math.ceil
            , o = Math.floor;
        t.exports = Math.trunc || function(t) {
            var e = +t;
            return (e > 0 ? o : n)(e)
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(37)
            , o = Math.min;
        t.exports = function(t) {
            var e = n(t);
            return e > 0 ? o(e, 9007199254740991) : 0
        }
    }
    , function(t, e, r) {
        "use strict";
        e.f = Object.getOwnPropertySymbols
    }
    , function(t, e, r) {
        "use strict";
        var n = r(8)
            , o = r(57)
            , i = r(14)
            , c = r(17)
            , u = r(18)
            , a = r(89);
        e.f = n && !o ? Object.defineProperties : function(t, e) {
            c(t);
            for (var r, n = u(e), o = a(e), s = o.length, f = 0; s > f; )
                i.f(t, r = o[f++], n[r]);
            return t
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(59)
            , o = r(30);
        t.exports = Object.keys || function(t) {
            return n(t, o)
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(21);
        t.exports = n("document", "documentElement")
    }
    , function(t, e, r) {
        "use strict";
        t.exports = {}
    }
    , , , , , function(t, e, r) {
        "use strict";
        var n = r(14).f
            , o = r(9)
            , i = r(12)("toStringTag");
        t.exports = function(t, e, r) {
            t && !r && (t = t.prototype),
            t && !o(t, i) && n(t, i, {
                configurable: !0,
                value: e
            })
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = {};
        n[r(12)("toStringTag")] = "z",
            t.exports = "[object z]" === String(n)
    }
    , , function(t, e, r) {
        "use strict";
        e.a = function(t, e) {
            return e = e || {},
                new Promise((function(r, n) {
                        var o = new XMLHttpRequest
                            , i = []
                            , c = []
                            , u = {}
                            , a = function() {
                            return {
                                ok: 2 == (o.status / 100 | 0),
                                statusText: o.statusText,
                                status: o.status,
                                url: o.responseURL,
                                text: function() {
                                    return Promise.resolve(o.responseText)
                                },
                                json: function() {
                                    return Promise.resolve(o.responseText).then(JSON.parse)
                                },
                                blob: function() {
                                    return Promise.resolve(new Blob([o.response]))
                                },
                                clone: a,
                                headers: {
                                    keys: function() {
                                        return i
                                    },
                                    entries: function() {
                                        return c
                                    },
                                    get: function(t) {
                                        return u[t.toLowerCase()]
                                    },
                                    has: function(t) {
                                        return t.toLowerCase()in u
                                    }
                                }
                            }
                        };
                        for (var s in o.open(e.method || "get", t, !0),
                            o.onload = function() {
                                o.getAllResponseHeaders().replace(/^(.*?):[^\S\n]*([\s\S]*?)$/gm, (function(t, e, r) {
                                        i.push(e = e.toLowerCase()),
                                            c.push([e, r]),
                                            u[e] = u[e] ? u[e] + "," + r : r
                                    }
                                )),
                                    r(a())
                            }
                            ,
                            o.onerror = n,
                            o.withCredentials = "include" == e.credentials,
                            e.headers)
                            o.setRequestHeader(s, e.headers[s]);
                        o.send(e.body || null)
                    }
                ))
        }
    }
    , , function(t, e, r) {
        "use strict";
        var n = r(9)
            , o = r(4)
            , i = r(42)
            , c = r(39)
            , u = r(131)
            , a = c("IE_PROTO")
            , s = Object
            , f = s.prototype;
        t.exports = u ? s.getPrototypeOf : function(t) {
            var e = i(t);
            if (n(e, a))
                return e[a];
            var r = e.constructor;
            return o(r) && e instanceof r ? r.prototype : e instanceof s ? f : null
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(103)
            , o = r(35)
            , i = r(34)
            , c = n(n.bind);
        t.exports = function(t, e) {
            return o(t),
                void 0 === e ? t : i ? c(t, e) : function() {
                    return t.apply(e, arguments)
                }
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(24)
            , o = r(6);
        t.exports = function(t) {
            if ("Function" === n(t))
                return o(t)
        }
    }
    , , , , function(t, e, r) {
        "use strict";
        var n = r(108).IteratorPrototype
            , o = r(40)
            , i = r(31)
            , c = r(96)
            , u = r(91)
            , a = function() {
            return this
        };
        t.exports = function(t, e, r, s) {
            var f = e + " Iterator";
            return t.prototype = o(n, {
                next: i(+!s, r)
            }),
                c(t, f, !1, !0),
                u[f] = a,
                t
        }
    }
    , function(t, e, r) {
        "use strict";
        var n, o, i, c = r(5), u = r(4), a = r(11), s = r(40), f = r(101), l = r(28), p = r(12), d = r(36), v = p("iterator"), g = !1;
        [].keys && ("next"in (i = [].keys()) ? (o = f(f(i))) !== Object.prototype && (n = o) : g = !0),
            !a(n) || c((function() {
                    var t = {};
                    return n[v].call(t) !== t
                }
            )) ? n = {} : d && (n = s(n)),
        u(n[v]) || l(n, v, (function() {
                return this
            }
        )),
            t.exports = {
                IteratorPrototype: n,
                BUGGY_SAFARI_ITERATORS: g
            }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(132)
            , o = r(11)
            , i = r(25)
            , c = r(133);
        t.exports = Object.setPrototypeOf || ("__proto__"in {} ? function() {
            var t, e = !1, r = {};
            try {
                (t = n(Object.prototype, "__proto__", "set"))(r, []),
                    e = r instanceof Array
            } catch (t) {}
            return function(r, n) {
                return i(r),
                    c(n),
                    o(r) ? (e ? t(r, n) : r.__proto__ = n,
                        r) : r
            }
        }() : void 0)
    }
    , function(t, e, r) {
        "use strict";
        t.exports = function(t, e) {
            return {
                value: t,
                done: e
            }
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(67)
            , o = r(14);
        t.exports = function(t, e, r) {
            return r.get && n(r.get, e, {
                getter: !0
            }),
            r.set && n(r.set, e, {
                setter: !0
            }),
                o.f(t, e, r)
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(46)
            , o = r(66)
            , i = r(38)
            , c = r(91)
            , u = r(12)("iterator");
        t.exports = function(t) {
            if (!i(t))
                return o(t, u) || o(t, "@@iterator") || c[n(t)]
        }
    }
    , function(t, e, r) {
        "use strict";
        t.exports = function(t) {
            var e = typeof t;
            return null !== t && ("object" === e || "function" === e)
        }
    }
    , , , , , , , , , function(t, e, r) {
        "use strict";
        var n = r(142)
            , o = Math.floor
            , i = function(t, e) {
            var r = t.length;
            if (r < 8)
                for (var c, u, a = 1; a < r; ) {
                    for (u = a,
                             c = t[a]; u && e(t[u - 1], c) > 0; )
                        t[u] = t[--u];
                    u !== a++ && (t[u] = c)
                }
            else
                for (var s = o(r / 2), f = i(n(t, 0, s), e), l = i(n(t, s), e), p = f.length, d = l.length, v = 0, g = 0; v < p || g < d; )
                    t[v + g] = v < p && g < d ? e(f[v], l[g]) <= 0 ? f[v++] : l[g++] : v < p ? f[v++] : l[g++];
            return t
        };
        t.exports = i
    }
    , , , , function(t, e, r) {
        "use strict";
        var n = r(20)
            , o = r(16);
        n({
            target: "URL",
            proto: !0,
            enumerable: !0
        }, {
            toJSON: function() {
                return o(URL.prototype.toString, this)
            }
        })
    }
    , function(t, e, r) {
        "use strict";
        r(128)
    }
    , function(t, e, r) {
        "use strict";
        r(129),
            r(135);
        var n = r(20)
            , o = r(3)
            , i = r(136)
            , c = r(21)
            , u = r(16)
            , a = r(6)
            , s = r(8)
            , f = r(137)
            , l = r(28)
            , p = r(111)
            , d = r(138)
            , v = r(96)
            , g = r(107)
            , h = r(44)
            , y = r(139)
            , m = r(4)
            , b = r(9)
            , w = r(102)
            , x = r(46)
            , S = r(17)
            , O = r(11)
            , j = r(69)
            , P = r(40)
            , k = r(31)
            , E = r(140)
            , L = r(112)
            , T = r(110)
            , I = r(141)
            , _ = r(12)
            , R = r(122)
            , A = _("iterator")
            , U = h.set
            , C = h.getterFor("URLSearchParams")
            , D = h.getterFor("URLSearchParamsIterator")
            , F = i("fetch")
            , N = i("Request")
            , M = i("Headers")
            , W = N && N.prototype
            , z = M && M.prototype
            , $ = o.TypeError
            , G = o.encodeURIComponent
            , K = String.fromCharCode
            , q = c("String", "fromCodePoint")
            , B = parseInt
            , V = a("".charAt)
            , H = a([].join)
            , J = a([].push)
            , Q = a("".replace)
            , X = a([].shift)
            , Y = a([].splice)
            , Z = a("".split)
            , tt = a("".slice)
            , et = a(/./.exec)
            , rt = /\+/g
            , nt = /^[0-9a-f]+$/i
            , ot = function(t, e) {
            var r = tt(t, e, e + 2);
            return et(nt, r) ? B(r, 16) : NaN
        }
            , it = function(t) {
            for (var e = 0, r = 128; r > 0 && 0 != (t & r); r >>= 1)
                e++;
            return e
        }
            , ct = function(t) {
            var e = null;
            switch (t.length) {
                case 1:
                    e = t[0];
                    break;
                case 2:
                    e = (31 & t[0]) << 6 | 63 & t[1];
                    break;
                case 3:
                    e = (15 & t[0]) << 12 | (63 & t[1]) << 6 | 63 & t[2];
                    break;
                case 4:
                    e = (7 & t[0]) << 18 | (63 & t[1]) << 12 | (63 & t[2]) << 6 | 63 & t[3]
            }
            return e > 1114111 ? null : e
        }
            , ut = function(t) {
            for (var e = (t = Q(t, rt, " ")).length, r = "", n = 0; n < e; ) {
                var o = V(t, n);
                if ("%" === o) {
                    if ("%" === V(t, n + 1) || n + 3 > e) {
                        r += "%",
                            n++;
                        continue
                    }
                    var i = ot(t, n + 1);
                    if (i != i) {
                        r += o,
                            n++;
                        continue
                    }
                    n += 2;
                    var c = it(i);
                    if (0 === c)
                        o = K(i);
                    else {
                        if (1 === c || c > 4) {
                            r += "�",
                                n++;
                            continue
                        }
                        for (var u = [i], a = 1; a < c && !(++n + 3 > e || "%" !== V(t, n)); ) {
                            var s = ot(t, n + 1);
                            if (s != s) {
                                n += 3;
                                break
                            }
                            if (s > 191 || s < 128)
                                break;
                            J(u, s),
                                n += 2,
                                a++
                        }
                        if (u.length !== c) {
                            r += "�";
                            continue
                        }
                        var f = ct(u);
                        null === f ? r += "�" : o = q(f)
                    }
                }
                r += o,
                    n++
            }
            return r
        }
            , at = /[!'()~]|%20/g
            , st = {
            "!": "%21",
            "'": "%27",
            "(": "%28",
            ")": "%29",
            "~": "%7E",
            "%20": "+"
        }
            , ft = function(t) {
            return st[t]
        }
            , lt = function(t) {
            return Q(G(t), at, ft)
        }
            , pt = g((function(t, e) {
                U(this, {
                    type: "URLSearchParamsIterator",
                    target: C(t).entries,
                    index: 0,
                    kind: e
                })
            }
        ), "URLSearchParams", (function() {
                var t = D(this)
                    , e = t.target
                    , r = t.index++;
                if (!e || r >= e.length)
                    return t.target = null,
                        T(void 0, !0);
                var n = e[r];
                switch (t.kind) {
                    case "keys":
                        return T(n.key, !1);
                    case "values":
                        return T(n.value, !1)
                }
                return T([n.key, n.value], !1)
            }
        ), !0)
            , dt = function(t) {
            this.entries = [],
                this.url = null,
            void 0 !== t && (O(t) ? this.parseObject(t) : this.parseQuery("string" == typeof t ? "?" === V(t, 0) ? tt(t, 1) : t : j(t)))
        };
        dt.prototype = {
            type: "URLSearchParams",
            bindURL: function(t) {
                this.url = t,
                    this.update()
            },
            parseObject: function(t) {
                var e, r, n, o, i, c, a, s = this.entries, f = L(t);
                if (f)
                    for (r = (e = E(t, f)).next; !(n = u(r, e)).done; ) {
                        if (i = (o = E(S(n.value))).next,
                        (c = u(i, o)).done || (a = u(i, o)).done || !u(i, o).done)
                            throw new $("Expected sequence with length 2");
                        J(s, {
                            key: j(c.value),
                            value: j(a.value)
                        })
                    }
                else
                    for (var l in t)
                        b(t, l) && J(s, {
                            key: l,
                            value: j(t[l])
                        })
            },
            parseQuery: function(t) {
                if (t)
                    for (var e, r, n = this.entries, o = Z(t, "&"), i = 0; i < o.length; )
                        (e = o[i++]).length && (r = Z(e, "="),
                            J(n, {
                                key: ut(X(r)),
                                value: ut(H(r, "="))
                            }))
            },
            serialize: function() {
                for (var t, e = this.entries, r = [], n = 0; n < e.length; )
                    t = e[n++],
                        J(r, lt(t.key) + "=" + lt(t.value));
                return H(r, "&")
            },
            update: function() {
                this.entries.length = 0,
                    this.parseQuery(this.url.query)
            },
            updateURL: function() {
                this.url && this.url.update()
            }
        };
        var vt = function() {
            y(this, gt);
            var t = arguments.length > 0 ? arguments[0] : void 0
                , e = U(this, new dt(t));
            s || (this.size = e.entries.length)
        }
            , gt = vt.prototype;
        if (d(gt, {
            append: function(t, e) {
                var r = C(this);
                I(arguments.length, 2),
                    J(r.entries, {
                        key: j(t),
                        value: j(e)
                    }),
                s || this.length++,
                    r.updateURL()
            },
            delete: function(t) {
                for (var e = C(this), r = I(arguments.length, 1), n = e.entries, o = j(t), i = r < 2 ? void 0 : arguments[1], c = void 0 === i ? i : j(i), u = 0; u < n.length; ) {
                    var a = n[u];
                    if (a.key !== o || void 0 !== c && a.value !== c)
                        u++;
                    else if (Y(n, u, 1),
                    void 0 !== c)
                        break
                }
                s || (this.size = n.length),
                    e.updateURL()
            },
            get: function(t) {
                var e = C(this).entries;
                I(arguments.length, 1);
                for (var r = j(t), n = 0; n < e.length; n++)
                    if (e[n].key === r)
                        return e[n].value;
                return null
            },
            getAll: function(t) {
                var e = C(this).entries;
                I(arguments.length, 1);
                for (var r = j(t), n = [], o = 0; o < e.length; o++)
                    e[o].key === r && J(n, e[o].value);
                return n
            },
            has: function(t) {
                for (var e = C(this).entries, r = I(arguments.length, 1), n = j(t), o = r < 2 ? void 0 : arguments[1], i = void 0 === o ? o : j(o), c = 0; c < e.length; ) {
                    var u = e[c++];
                    if (u.key === n && (void 0 === i || u.value === i))
                        return !0
                }
                return !1
            },
            set: function(t, e) {
                var r = C(this);
                I(arguments.length, 1);
                for (var n, o = r.entries, i = !1, c = j(t), u = j(e), a = 0; a < o.length; a++)
                    (n = o[a]).key === c && (i ? Y(o, a--, 1) : (i = !0,
                        n.value = u));
                i || J(o, {
                    key: c,
                    value: u
                }),
                s || (this.size = o.length),
                    r.updateURL()
            },
            sort: function() {
                var t = C(this);
                R(t.entries, (function(t, e) {
                        return t.key > e.key ? 1 : -1
                    }
                )),
                    t.updateURL()
            },
            forEach: function(t) {
                for (var e, r = C(this).entries, n = w(t, arguments.length > 1 ? arguments[1] : void 0), o = 0; o < r.length; )
                    n((e = r[o++]).value, e.key, this)
            },
            keys: function() {
                return new pt(this,"keys")
            },
            values: function() {
                return new pt(this,"values")
            },
            entries: function() {
                return new pt(this,"entries")
            }
        }, {
            enumerable: !0
        }),
            l(gt, A, gt.entries, {
                name: "entries"
            }),
            l(gt, "toString", (function() {
                    return C(this).serialize()
                }
            ), {
                enumerable: !0
            }),
        s && p(gt, "size", {
            get: function() {
                return C(this).entries.length
            },
            configurable: !0,
            enumerable: !0
        }),
            v(vt, "URLSearchParams"),
            n({
                global: !0,
                constructor: !0,
                forced: !f
            }, {
                URLSearchParams: vt
            }),
        !f && m(M)) {
            var ht = a(z.has)
                , yt = a(z.set)
                , mt = function(t) {
                if (O(t)) {
                    var e, r = t.body;
                    if ("URLSearchParams" === x(r))
                        return e = t.headers ? new M(t.headers) : new M,
                        ht(e, "content-type") || yt(e, "content-type", "application/x-www-form-urlencoded;charset=UTF-8"),
                            P(t, {
                                body: k(0, j(r)),
                                headers: k(0, e)
                            })
                }
                return t
            };
            if (m(F) && n({
                global: !0,
                enumerable: !0,
                dontCallGetSet: !0,
                forced: !0
            }, {
                fetch: function(t) {
                    return F(t, arguments.length > 1 ? mt(arguments[1]) : {})
                }
            }),
                m(N)) {
                var bt = function(t) {
                    return y(this, W),
                        new N(t,arguments.length > 1 ? mt(arguments[1]) : {})
                };
                W.constructor = bt,
                    bt.prototype = W,
                    n({
                        global: !0,
                        constructor: !0,
                        dontCallGetSet: !0,
                        forced: !0
                    }, {
                        Request: bt
                    })
            }
        }
        t.exports = {
            URLSearchParams: vt,
            getState: C
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(18)
            , o = r(61)
            , i = r(91)
            , c = r(44)
            , u = r(14).f
            , a = r(130)
            , s = r(110)
            , f = r(36)
            , l = r(8)
            , p = c.set
            , d = c.getterFor("Array Iterator");
        t.exports = a(Array, "Array", (function(t, e) {
                p(this, {
                    type: "Array Iterator",
                    target: n(t),
                    index: 0,
                    kind: e
                })
            }
        ), (function() {
                var t = d(this)
                    , e = t.target
                    , r = t.index++;
                if (!e || r >= e.length)
                    return t.target = null,
                        s(void 0, !0);
                switch (t.kind) {
                    case "keys":
                        return s(r, !1);
                    case "values":
                        return s(e[r], !1)
                }
                return s([r, e[r]], !1)
            }
        ), "values");
        var v = i.Arguments = i.Array;
        if (o("keys"),
            o("values"),
            o("entries"),
        !f && l && "values" !== v.name)
            try {
                u(v, "name", {
                    value: "values"
                })
            } catch (t) {}
    }
    , function(t, e, r) {
        "use strict";
        var n = r(20)
            , o = r(16)
            , i = r(36)
            , c = r(58)
            , u = r(4)
            , a = r(107)
            , s = r(101)
            , f = r(109)
            , l = r(96)
            , p = r(32)
            , d = r(28)
            , v = r(12)
            , g = r(91)
            , h = r(108)
            , y = c.PROPER
            , m = c.CONFIGURABLE
            , b = h.IteratorPrototype
            , w = h.BUGGY_SAFARI_ITERATORS
            , x = v("iterator")
            , S = function() {
            return this
        };
        t.exports = function(t, e, r, c, v, h, O) {
            a(r, e, c);
            var j, P, k, E = function(t) {
                if (t === v && R)
                    return R;
                if (!w && t && t in I)
                    return I[t];
                switch (t) {
                    case "keys":
                    case "values":
                    case "entries":
                        return function() {
                            return new r(this,t)
                        }
                }
                return function() {
                    return new r(this)
                }
            }, L = e + " Iterator", T = !1, I = t.prototype, _ = I[x] || I["@@iterator"] || v && I[v], R = !w && _ || E(v), A = "Array" === e && I.entries || _;
            if (A && (j = s(A.call(new t))) !== Object.prototype && j.next && (i || s(j) === b || (f ? f(j, b) : u(j[x]) || d(j, x, S)),
                l(j, L, !0, !0),
            i && (g[L] = S)),
            y && "values" === v && _ && "values" !== _.name && (!i && m ? p(I, "name", "values") : (T = !0,
                    R = function() {
                        return o(_, this)
                    }
            )),
                v)
                if (P = {
                    values: E("values"),
                    keys: h ? R : E("keys"),
                    entries: E("entries")
                },
                    O)
                    for (k in P)
                        (w || T || !(k in I)) && d(I, k, P[k]);
                else
                    n({
                        target: e,
                        proto: !0,
                        forced: w || T
                    }, P);
            return i && !O || I[x] === R || d(I, x, R, {
                name: v
            }),
                g[e] = R,
                P
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(5);
        t.exports = !n((function() {
                function t() {}
                return t.prototype.constructor = null,
                Object.getPrototypeOf(new t) !== t.prototype
            }
        ))
    }
    , function(t, e, r) {
        "use strict";
        var n = r(6)
            , o = r(35);
        t.exports = function(t, e, r) {
            try {
                return n(o(Object.getOwnPropertyDescriptor(t, e)[r]))
            } catch (t) {}
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(134)
            , o = String
            , i = TypeError;
        t.exports = function(t) {
            if (n(t))
                return t;
            throw new i("Can't set " + o(t) + " as a prototype")
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(11);
        t.exports = function(t) {
            return n(t) || null === t
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(20)
            , o = r(6)
            , i = r(65)
            , c = RangeError
            , u = String.fromCharCode
            , a = String.fromCodePoint
            , s = o([].join);
        n({
            target: "String",
            stat: !0,
            arity: 1,
            forced: !!a && 1 !== a.length
        }, {
            fromCodePoint: function(t) {
                for (var e, r = [], n = arguments.length, o = 0; n > o; ) {
                    if (e = +arguments[o++],
                    i(e, 1114111) !== e)
                        throw new c(e + " is not a valid code point");
                    r[o] = e < 65536 ? u(e) : u(55296 + ((e -= 65536) >> 10), e % 1024 + 56320)
                }
                return s(r, "")
            }
        })
    }
    , function(t, e, r) {
        "use strict";
        var n = r(3)
            , o = r(8)
            , i = Object.getOwnPropertyDescriptor;
        t.exports = function(t) {
            if (!o)
                return n[t];
            var e = i(n, t);
            return e && e.value
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(5)
            , o = r(12)
            , i = r(8)
            , c = r(36)
            , u = o("iterator");
        t.exports = !n((function() {
                var t = new URL("b?a=1&b=2&c=3","https://a")
                    , e = t.searchParams
                    , r = new URLSearchParams("a=1&a=2&b=3")
                    , n = "";
                return t.pathname = "c%20d",
                    e.forEach((function(t, r) {
                            e.delete("b"),
                                n += r + t
                        }
                    )),
                    r.delete("a", 2),
                    r.delete("b", void 0),
                c && (!t.toJSON || !r.has("a", 1) || r.has("a", 2) || !r.has("a", void 0) || r.has("b")) || !e.size && (c || !i) || !e.sort || "https://a/c%20d?a=1&c=3" !== t.href || "3" !== e.get("c") || "a=1" !== String(new URLSearchParams("?a=1")) || !e[u] || "a" !== new URL("https://a@b").username || "b" !== new URLSearchParams(new URLSearchParams("a=b")).get("a") || "xn--e1aybc" !== new URL("https://тест").host || "#%D0%B1" !== new URL("https://a#б").hash || "a1c3" !== n || "x" !== new URL("https://x",void 0).host
            }
        ))
    }
    , function(t, e, r) {
        "use strict";
        var n = r(28);
        t.exports = function(t, e, r) {
            for (var o in e)
                n(t, o, e[o], r);
            return t
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(51)
            , o = TypeError;
        t.exports = function(t, e) {
            if (n(e, t))
                return t;
            throw new o("Incorrect invocation")
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(16)
            , o = r(35)
            , i = r(17)
            , c = r(64)
            , u = r(112)
            , a = TypeError;
        t.exports = function(t, e) {
            var r = arguments.length < 2 ? u(t) : e;
            if (o(r))
                return i(n(r, t));
            throw new a(c(t) + " is not iterable")
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = TypeError;
        t.exports = function(t, e) {
            if (t < e)
                throw new n("Not enough arguments");
            return t
        }
    }
    , function(t, e, r) {
        "use strict";
        var n = r(6);
        t.exports = n([].slice)
    }
    , , , , , , , , , , , , , , , , , , function(t, e, r) {
        t.exports = r(202)
    }
    , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , function(t, e, r) {
        "use strict";
        r.r(e);
        var n = r(7)
            , o = r(1)
            , i = r.n(o)
            , c = (r(126),
            r(127),
            r(99))
            , u = r(113);
        var a = function(t, e, r) {
            if (!u(t) || "string" != typeof e)
                return void 0 === r ? t : r;
            var n = function(t) {
                for (var e = t.split("."), r = [], n = 0; n < e.length; n++) {
                    for (var o = e[n]; "\\" === o[o.length - 1] && void 0 !== e[n + 1]; )
                        o = o.slice(0, -1) + ".",
                            o += e[++n];
                    r.push(o)
                }
                return r
            }(e);
            if (0 !== n.length) {
                for (var o = 0; o < n.length; o++) {
                    if (!Object.prototype.propertyIsEnumerable.call(t, n[o]))
                        return r;
                    if (null == (t = t[n[o]])) {
                        if (o !== n.length - 1)
                            return r;
                        break
                    }
                }
                return t
            }
        }
            , s = r(22)
            , f = new i.a("Settings")
            , l = function() {
            var t = arguments.length > 0 && void 0 !== arguments[0] ? arguments[0] : {};
            t = {
                contextWindow: window,
                endpoint: "https://settings.luckyorange.com"
            };
            var e = new n.a
                , r = {
                state: {},
                serverTime: void 0,
                localTime: new Date,
                getSiteId: function() {
                    var e = null
                        , n = "not-found";
                    ((e = r.get("site.id")) && (n = "settings"),
                    e || (e = window.localStorage && window.localStorage.getItem("lo-debug-site-id")) && (n = "debug-key"),
                        e) || (e = Array.from(document.querySelectorAll('script[src*="lo.js"]')).map((function(t) {
                            return new URL(t.src).searchParams.get("site-id")
                        }
                    )).find((function(t) {
                            return null != t
                        }
                    ))) && (n = "query-param");
                    return e || (e = t.contextWindow.LOSiteId) && (n = "modern-var"),
                    e || (e = t.contextWindow.__lo_site_id || t.contextWindow.__wtw_lucky_site_id) && (n = "legacy-var"),
                    !e && t.contextWindow.Ecwid && (e = t.contextWindow.Ecwid.getAppPublicConfig("lucky-orange")) && (n = "ecwid"),
                        f.log("Got Site ID:", e, n),
                        String(e)
                },
                getVisitorId: function() {
                    var e = t.contextWindow.document.cookie.indexOf("lo-uid");
                    if (e > -1) {
                        var r = t.contextWindow.document.cookie.substring(e + ("lo-uid".length + 1));
                        return r = r.substring(0, r.indexOf(";"))
                    }
                },
                get: function(t) {
                    return a(r.state, t)
                },
                getCurrentServerTime: function() {
                    return r.serverTime + r.getElapsedTime()
                },
                getElapsedTime: function() {
                    return (new Date).getTime() - this.localTime
                },
                getTimeData: function() {
                    return {
                        localTime: r.localTime,
                        serverTime: r.serverTime
                    }
                },
                updateServerTime: function(t) {
                    !isNaN(t) && t > 0 ? (r.localTime = (new Date).getTime(),
                        r.serverTime = t) : f.error("cannot update serverTime. [".concat(t, "] is invalid"))
                },
                load: function(e) {
                    f.log("Loading settings for site:", e);
                    var n = t.endpoint + "/" + e;
                    return s.a.get("lo-sampling-disabled") && (n += "?sampling=false"),
                        (t.contextWindow.fetch || c.a)(n, {
                            method: "GET",
                            headers: {
                                "x-lucky-uid": r.getVisitorId(),
                                "x-lucky-referrer": t.contextWindow.document.referrer
                            }
                        }).then((function(t) {
                                if (!t.ok)
                                    throw new Error("Unable to get settings: " + t.status);
                                return t.json()
                            }
                        )).then((function(t) {
                                return r.state = t,
                                    r.updateServerTime(new Date(r.get("serverTime")).getTime()),
                                    t
                            }
                        ))
                }
            };
            return r.load(r.getSiteId()).then((function() {
                    return e.$internal.expose("settings", r, {
                        internal: !0
                    }),
                        r
                }
            ))
        }
            , p = r(41)
            , d = new i.a("Core")
            , v = new i.a("lo.js");
        !function() {
            v.log("Starting Lucky Orange..."),
                v.mark("start");
            var t = document.currentScript ? document.currentScript.src : "";
            if (!p.a.isModern())
                return p.a.load("lo", {
                    iframe: !1,
                    currentScriptSrc: t
                });
            var e = new n.a({
                context: window,
                traverse: !1
            })
                , r = {};
            (new l).then((function(t) {
                    return r.settings = t,
                        e = 0,
                        new Promise((function(t, r) {
                                var n = window.localStorage && window.localStorage.getItem("lo-debug-app-id")
                                    , o = null;
                                window.parent !== window ? o = window.parent : window.opener && (o = window.opener),
                                    n ? t(n) : o ? (window.addEventListener("message", (function(r) {
                                            var n = r.data;
                                            n && ("LO::APPID" === n.type || "getAppId" === n.name && n.payload) ? (clearTimeout(e),
                                                t(n.appid || n.payload.appId)) : n && "LO::APPID" === n.type ? d.warn("No event data or invalid event data received. Event: ", r) : d.log("Message received not from Lucky Orange: ", r)
                                        }
                                    )),
                                        e = setTimeout((function() {
                                                return t("core")
                                            }
                                        ), 2500),
                                        o.postMessage({
                                            name: "getAppId",
                                            type: "LO::APPID"
                                        }, "*")) : t("core")
                            }
                        ));
                    var e
                }
            )).then((function(n) {
                    return r.settings.get("error") && "core" === n ? (v.log("Unable to start:", r.settings.get()),
                        e) : (p.a.load(n, {
                        iframe: "heatmap" !== n,
                        currentScriptSrc: t
                    }),
                        p.a.load("web-vitals", {
                            iframe: !1,
                            root: !0,
                            currentScriptSrc: t
                        }),
                        v.mark("end"),
                        v.measure("Starting", "start", "end"),
                        e)
                }
            )).catch(v.error)
        }()
    }
]));
