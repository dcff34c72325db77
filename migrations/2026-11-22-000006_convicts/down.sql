DROP TABLE convict_organizations;
DROP TABLE convicts;
