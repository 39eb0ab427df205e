"""PKCS#11 token access, PIN policy, PAdES signing with pyHanko, timestamps/LTV and validation (issue 3)."""
