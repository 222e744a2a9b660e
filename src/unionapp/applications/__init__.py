"""Applications (申请): the form's fields, checks and rules, the reply timeline."""
