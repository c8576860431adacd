package org.safegrid.enterprises.api;

/** Whether an enterprise is working. */
public enum EnterpriseStatus {
    /** 在营 */
    OPERATING,
    /** 停业 */
    SUSPENDED,
    /** 关闭 */
    CLOSED
}
