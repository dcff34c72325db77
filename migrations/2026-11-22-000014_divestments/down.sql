DROP TABLE organization_divestments;
DROP TABLE divestments;
