using System;
using System.Globalization;

namespace DeepCopy.Tests.Support;

/// <summary>Describes a value for messages and fingerprints without running any ToString the tests declared.</summary>
internal static class ValueText
{
    public static string Of(object? value)
    {
        switch (value)
        {
            case null:
                return "null";
            case string text:
                return "'" + text + "'";
            case Type type:
                return "[" + type.FullName + "]";
            case Enum item:
                return item.GetType().Name + "." + item;
        }

        var valueType = value.GetType();
        if (NodeClassifier.IsUserType(valueType))
        {
            return "<" + valueType.FullName + ">";
        }

        return value switch
        {
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => "<" + valueType.FullName + ">",
        };
    }

    public static string TypeOf(object? value) => value is null ? "null" : value.GetType().FullName ?? value.GetType().Name;
}
