#include "support/FakeModelTest.h"

#include "support/FakeModel.h"

namespace st {

void FakeModelTest::SetUp()
{
    ASSERT_TRUE(server.listen());
    ProviderConfig config = fakemodel::config(server);
    config.idleTimeoutMs = 5000;
    client = fakemodel::client(config, network);
}

} // namespace st
