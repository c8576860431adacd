package org.safegrid.web.internal;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** Just enough of the servlet and OSGi APIs for the tests, as proxies that answer what they are asked most. */
final class Fakes {

    private Fakes() {
    }

    static HttpServletRequest request(String servletPath, String pathInfo) {
        return (HttpServletRequest) Proxy.newProxyInstance(Fakes.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getServletPath" -> servletPath;
                    case "getPathInfo" -> pathInfo;
                    case "getRequestURI" -> servletPath + (pathInfo == null ? "" : pathInfo);
                    case "getContextPath" -> "";
                    case "getMethod" -> "GET";
                    default -> null;
                });
    }

    /** A response that records its status, headers and body. */
    static final class Response {
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        int status = 200;
        String redirect;

        HttpServletResponse proxy() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    // blocking only
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(Fakes.class.getClassLoader(),
                    new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setContentType" -> headers.put("Content-Type", (String) args[0]);
                            case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "setContentLength" -> headers.put("Content-Length", String.valueOf(args[0]));
                            case "sendRedirect" -> {
                                status = 302;
                                redirect = (String) args[0];
                            }
                            case "sendError" -> status = (Integer) args[0];
                            case "getOutputStream" -> {
                                return out;
                            }
                            default -> {
                                // not needed
                            }
                        }
                        return null;
                    });
        }
    }

    static BundleContext bundleWith(String entry, URL url) {
        Bundle bundle = (Bundle) Proxy.newProxyInstance(Fakes.class.getClassLoader(), new Class<?>[]{Bundle.class},
                (proxy, method, args) -> "getEntry".equals(method.getName()) && entry.equals(args[0]) ? url : null);
        return (BundleContext) Proxy.newProxyInstance(Fakes.class.getClassLoader(),
                new Class<?>[]{BundleContext.class},
                (proxy, method, args) -> "getBundle".equals(method.getName()) ? bundle : null);
    }
}
