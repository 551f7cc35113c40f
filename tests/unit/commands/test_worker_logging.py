"""The worker keeps the root logger at the configured level (faust's spinner would lower it to
DEBUG, and every debug call on the per-message path would then build a log record)."""

import logging

import faust

from services.commands.worker import bounded_stop_worker


def test_setting_up_logging_keeps_the_root_logger_at_the_configured_level() -> None:
    root = logging.getLogger()
    saved_level, saved_handlers = root.level, list(root.handlers)
    try:
        root.handlers[:] = [logging.NullHandler()]
        root.setLevel(logging.WARNING)
        app = faust.App("copydesk-test-logging", broker="kafka://127.0.0.1:1")
        worker = bounded_stop_worker(app, "WARNING")

        worker.on_setup_root_logger(root, logging.WARNING)

        assert root.level == logging.WARNING
        assert not logging.getLogger("aiokafka.producer.producer").isEnabledFor(logging.DEBUG)
    finally:
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)
