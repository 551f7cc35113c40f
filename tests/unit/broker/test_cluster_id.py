import base64

from services.broker.local import _cluster_id


def test_cluster_ids_are_16_bytes_and_never_look_like_an_option():
    ids = {_cluster_id() for _ in range(2000)}
    assert len(ids) == 2000
    for cid in ids:
        assert not cid.startswith("-")
        assert len(base64.urlsafe_b64decode(cid + "==")) == 16
