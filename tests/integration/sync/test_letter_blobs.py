"""Letter PDFs are kept in the server's database, once per content, written with the letter's row."""

import base64
import threading
from pathlib import Path

import requests
from sqlalchemy import func, select

from eoffice_cloud.models import Blob
from eoffice_cloud.storage import stats
from tests.cloud import RunningCloud


def test_the_same_pdf_sent_at_once_by_eight_workstations_is_kept_once(
    cloud: RunningCloud, signed_letters: list[Path]
) -> None:
    """Eight uploads of one signed letter start together (a letter sent to eight agencies, say): every one
    is accepted, the PDF is stored once (insert-if-absent holds under concurrency) and each downloads it."""
    pdf = signed_letters[0].read_bytes()
    body = {
        "letter_id": "L-1",
        "recipient_agency": "CM",
        "metadata": {},
        "pdf": base64.b64encode(pdf).decode(),
    }
    tokens = [cloud.token(f"ws-{i}", "DS") for i in range(8)]
    barrier = threading.Barrier(8)
    answers: list[requests.Response] = []

    def send(token: str) -> None:
        barrier.wait()
        headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": "same-letter"}
        answers.append(requests.post(f"{cloud.url}/v1/letters", json=body, headers=headers, timeout=60))

    threads = [threading.Thread(target=send, args=(token,)) for token in tokens]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(answer.status_code for answer in answers) == [201] * 8, [a.text for a in answers]
    assert stats(cloud.store) == {"documents": 8, "distinct_client_ids": 1, "distinct_sha256": 1}
    with cloud.store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 1
    recipient = cloud.token("cm-clerk", "CM")
    for answer in answers:
        fetched = requests.get(
            f"{cloud.url}/v1/letters/{answer.json()['id']}/pdf",
            headers={"Authorization": f"Bearer {recipient}"},
            timeout=30,
        )
        assert fetched.status_code == 200 and fetched.content == pdf
    assert not (cloud.data_dir / "blobs").exists(), "nothing is written beside the database"
