"""Reading a year's culture-and-sports notice (text, .docx or PDF) into programmes, without guessing."""

from unionapp.catalogue.notice.reading import NoticeReading, read_notice_path, read_notice_text

__all__ = ["NoticeReading", "read_notice_path", "read_notice_text"]
