-- What the disputed decision's evidence shows, factor by factor, and the finding it supports (CN-18, EU-02).
ALTER TABLE compensation_liability_assessment ADD COLUMN finding VARCHAR(32);
ALTER TABLE compensation_liability_assessment ADD COLUMN factors VARCHAR(2000);
