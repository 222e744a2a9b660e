"""Applications (申请): the list, the editor, replies, timeline, participants, print preview."""
