#!/usr/bin/env python3
"""Signs in to a running toitsu (password + TOTP) and prints the session cookie, for load tools.

usage: perf/signin.py BASE_URL USERNAME PASSWORD TOTP_SECRET
Only the Python standard library; the TOTP code is computed per RFC 6238 (SHA-1, 6 digits, 30 s).
"""
import base64, hashlib, hmac, http.cookiejar, re, struct, sys, time, urllib.parse, urllib.request


def totp(secret, at=None):
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    counter = int((at or time.time()) // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{code:06d}"


def main(base, username, password, secret):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

    def csrf(path):
        html = opener.open(base + path, timeout=30).read().decode()
        return re.search(r'name="_csrf" content="([^"]+)"', html).group(1)

    def post(path, fields):
        data = urllib.parse.urlencode(fields).encode()
        return opener.open(urllib.request.Request(base + path, data=data), timeout=30)

    post("/login", {"username": username, "password": password, "_csrf": csrf("/login")})
    response = post("/mfa", {"code": totp(secret), "_csrf": csrf("/mfa")})
    if "/mfa" in response.geturl() or "/login" in response.geturl():
        sys.exit("sign-in failed (wrong password or code, or the code was already used: wait 30 s)")
    print("; ".join(f"{c.name}={c.value}" for c in jar if c.name == "TOITSU_SESSION"))


if __name__ == "__main__":
    main(*sys.argv[1:5])
