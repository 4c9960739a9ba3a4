"""Paper: the slip a library hands out and the PDF reports, laid out with Qt's text documents.

Qt GUI and print support only, never widgets, so that a report can be written by the command line with no window.
``style`` holds the fonts, colours and page geometry; ``paginator`` lays a document out on pages (the one place that
decides what stays together on a page); ``pdf`` saves a PDF through a temporary file (the one PDF save); ``slip`` and
``report`` build the two kinds of document.
"""
