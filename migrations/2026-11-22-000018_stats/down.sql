DROP TABLE stats_refreshes;
DROP TABLE stats_monthly;
