"""The member roster (会员名册): list, member dialogs, import."""
