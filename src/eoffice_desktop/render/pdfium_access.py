"""PDFium is not thread-safe: every use of it in the process (the window's page images, the file copy's look
at a letter's last page) goes through this one lock."""

import threading

PDFIUM = threading.Lock()
