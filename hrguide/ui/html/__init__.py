"""Every HTML and rich-text string the guide renders: a school, its outcomes and trends, a
pathway step and move, an occupation snapshot and the printed handout. Functions here take
domain records and the store and return text; they make no widgets. Pages, widgets and
print/ use them; they import only look/, models/ (column labels) and the lower layers."""
