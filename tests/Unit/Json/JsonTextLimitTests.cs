using System.Collections;
using DeepCopy.Core;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json
{
    /// <summary>Utf8JsonWriter refuses a string or name of more than 166,666,666 chars; such text cannot be written as JSON.</summary>
    public sealed class JsonTextLimitTests
    {
        [Fact]
        public void A_string_or_key_too_long_for_JSON_is_NonCopyableType_with_its_path_unless_NonCopyableAction_says_otherwise()
        {
            // About 333 MB: the one test that builds such a string, so it checks every case with the same one.
            var huge = new string('a', 166_666_667);

            var value = CopyFails(new object[] { "small", huge });
            Assert.Equal(DeepCopyErrorKind.NonCopyableType, value.Kind);
            Assert.Equal("$[1]", value.Path);
            Assert.Same(huge, value.OffendingValue);

            Assert.Equal(new object?[] { "small", null }, Copy(new object[] { "small", huge }, Options(NonCopyableAction.Null)));
            Assert.Same(huge, Assert.IsType<object[]>(Copy(new object[] { "small", huge }, Options(NonCopyableAction.Reference)))[1]);

            // A JSON name cannot be null or carried beside the text, so a key this long fails whatever the action.
            var key = CopyFails(new Hashtable { ["outer"] = new Hashtable { [huge] = 1 } }, Options(NonCopyableAction.Reference));
            Assert.Equal(DeepCopyErrorKind.NonCopyableType, key.Kind);
            Assert.Equal("$['outer'].Keys[0]", key.Path);
            Assert.Same(huge, key.OffendingValue);
        }
    }
}
