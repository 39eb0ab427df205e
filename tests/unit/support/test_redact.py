"""What diagnostics may show of the environment and the logs."""

from eoffice_desktop.support.redact import REDACTED, environment, redact_url, scrub_log


def test_environment_shows_what_matters_and_hides_the_rest() -> None:
    shown = environment(
        {
            "EOFFICE_DATA_DIR": "/srv/eoffice",
            "EOFFICE_TEST_PIN": "731904",
            "EOFFICE_SYNC_TOKEN": "tok-secret-value",
            "QT_QPA_PLATFORM": "offscreen",
            "QT_AUTH_KEY": "qt-secret",
            "HTTPS_PROXY": "http://alice:s3cret@proxy.example.go.th:3128",
            "no_proxy": "localhost,127.0.0.1",
            "HOME": "/home/alice",
            "AWS_SECRET_ACCESS_KEY": "aws-secret",
        }
    )
    text = repr(shown)
    for secret in ("731904", "tok-secret-value", "qt-secret", "s3cret", "aws-secret"):
        assert secret not in text
    assert shown["EOFFICE_DATA_DIR"] == "/srv/eoffice"
    assert shown["QT_QPA_PLATFORM"] == "offscreen"
    assert shown["HTTPS_PROXY"] == f"http://{REDACTED}@proxy.example.go.th:3128"
    assert shown["no_proxy"] == "localhost,127.0.0.1"
    assert "EOFFICE_TEST_PIN" in shown  # named, so support knows it is set
    assert "HOME" not in shown and "AWS_SECRET_ACCESS_KEY" not in shown


def test_urls_lose_their_credentials_only() -> None:
    assert redact_url("https://eoffice.example.go.th/api") == "https://eoffice.example.go.th/api"
    assert (
        redact_url("https://u:p@tsa.example.go.th:8443/x?y=1")
        == f"https://{REDACTED}@tsa.example.go.th:8443/x?y=1"
    )


LOG = """2026-11-24 10:00:00,001 INFO eoffice_desktop.cli: eoffice-desktop 0.1.0: sign
2026-11-24 10:00:00,002 DEBUG eoffice_desktop.render: drew ขอเชิญประชุมลับ on page 1
2026-11-24 10:00:00,003 ERROR eoffice_desktop.ui.crash: unexpected error
Traceback (most recent call last):
  ValueError: bad subject 'ขอเชิญประชุมลับ'
2026-11-24 10:00:00,004 WARNING eoffice_desktop.sync: server slow
2026-11-24 10:00:00,005 INFO eoffice_desktop.sync: https://ws:pa55word@cloud.go.th Bearer abcDEF123456789
2026-11-24 10:00:00,006 INFO eoffice_desktop.signing: token eoffice-test present; token=s3cr3tvalue pin: 4455
"""


def test_logs_keep_info_and_up_with_letter_text_blanked() -> None:
    text, dropped = scrub_log(LOG, ["ขอเชิญประชุมลับ", "ab"])
    assert dropped == 1
    assert "ขอเชิญประชุมลับ" not in text
    assert "drew" not in text  # the DEBUG record went whole
    assert "eoffice-desktop 0.1.0: sign" in text
    assert f"ValueError: bad subject '{REDACTED}'" in text  # the traceback stayed with its record
    assert "server slow" in text
    assert "pa55word" not in text and "abcDEF123456789" not in text
    assert f"token eoffice-test present; token={REDACTED} pin: {REDACTED}" in text
    assert f"https://{REDACTED}@cloud.go.th Bearer {REDACTED}" in text
