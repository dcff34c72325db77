DROP TABLE notification_templates;
