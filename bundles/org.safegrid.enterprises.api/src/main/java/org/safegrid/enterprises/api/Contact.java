package org.safegrid.enterprises.api;

/**
 * A person to call at an enterprise.
 *
 * @param name the person's name
 * @param position the position, for example 安全主管
 * @param phone a mobile number or a landline with area code
 */
public record Contact(String name, String position, String phone) {
}
