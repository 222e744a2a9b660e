"""Reports for a period: the figures, the PDF with charts, the Excel workbook and the e-mail."""
