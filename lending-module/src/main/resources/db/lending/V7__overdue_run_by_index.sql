-- The daily overdue run reads what is late, not the whole book (issue 9): open instalments due before today,
-- loans already overdue, and the loans reported to the credit bureau today.
CREATE INDEX lending_instalment_late ON lending_instalment (status, due_date, loan_id);
CREATE INDEX lending_loan_status ON lending_loan (status);
CREATE INDEX lending_credit_report_line_as_of ON lending_credit_report_line (as_of);
