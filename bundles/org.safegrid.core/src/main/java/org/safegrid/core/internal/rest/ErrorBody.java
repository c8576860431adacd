package org.safegrid.core.internal.rest;

import java.util.Map;

/** The JSON body of every error: a stable code, a message for people and details for programs. */
public record ErrorBody(String code, String message, Map<String, Object> details) {
}
