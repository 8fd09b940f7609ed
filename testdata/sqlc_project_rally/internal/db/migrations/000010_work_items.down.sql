DROP TABLE IF EXISTS ae_messages;
DROP TABLE IF EXISTS work_item_history;
DROP TABLE IF EXISTS work_items;
