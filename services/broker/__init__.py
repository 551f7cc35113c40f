"""The local Apache Kafka broker: jars from Maven Central, a single KRaft node on localhost."""
