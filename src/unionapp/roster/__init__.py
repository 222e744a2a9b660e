"""The member roster's pure core: value checks (`validate`), pinyin search and sort keys
(`pinyin`) and reading .xlsx/.csv roster files (`reader`). No database, no window."""
