using System;
using System.Management.Automation;
using DeepCopy.Core;
using DeepCopy.Handlers;

namespace DeepCopy.Errors
{
    /// <summary>Turns engine failures into ErrorRecords with a stable id, a real category and the offending value as target.</summary>
    internal static class ErrorRecordFactory
    {
        public static ErrorRecord FromCopyFailure(DeepCopyException failure)
        {
            // The PSObject handler's refusal of members on a shared value is a handler failure to the engine, which knows
            // no PowerShell; here it gets its own id and advice that names the members.
            var sharedMembers = failure.Kind == DeepCopyErrorKind.HandlerFailed ? failure.InnerException as SharedValueMembersException : null;
            var id = sharedMembers != null ? DeepCopyErrorId.MembersOnSharedValue : ToErrorId(failure.Kind);
            var record = new ErrorRecord(failure, id.ToString(), ToCategory(id), failure.OffendingValue);
            record.ErrorDetails = new ErrorDetails(failure.Message)
            {
                RecommendedAction = sharedMembers?.RecommendedAction ?? (failure.IsFixedLimit ? FixedLimitAction : RecommendedAction(id)),
            };
            return record;
        }

        // -MaxDepth cannot raise the engine's fixed nesting limits, so advising it there would send the user in circles.
        private const string FixedLimitAction =
            "This nesting limit is fixed and -MaxDepth does not change it: flatten the nesting the message names (keys that hold keyed collections, or values built whole one inside another).";

        public static ErrorRecord InvalidMeasurementInput(string message)
        {
            var id = DeepCopyErrorId.InvalidMeasurementInput;
            var record = new ErrorRecord(new ArgumentException(message), id.ToString(), ToCategory(id), null);
            record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = RecommendedAction(id) };
            return record;
        }

        private static DeepCopyErrorId ToErrorId(DeepCopyErrorKind kind)
        {
            switch (kind)
            {
                case DeepCopyErrorKind.NonCopyableType:
                    return DeepCopyErrorId.NonCopyableType;
                case DeepCopyErrorKind.MaxDepthExceeded:
                    return DeepCopyErrorId.MaxDepthExceeded;
                case DeepCopyErrorKind.SourceChangedDuringCopy:
                    return DeepCopyErrorId.SourceChangedDuringCopy;
                case DeepCopyErrorKind.HandlerFailed:
                    return DeepCopyErrorId.CopyHandlerFailed;
                case DeepCopyErrorKind.CycleNotSupported:
                    return DeepCopyErrorId.CycleNotSupported;
                case DeepCopyErrorKind.KeyCollision:
                    return DeepCopyErrorId.KeyCollision;
                case DeepCopyErrorKind.SizeLimitExceeded:
                    return DeepCopyErrorId.SizeLimitExceeded;
                case DeepCopyErrorKind.ReservedMemberName:
                    return DeepCopyErrorId.ReservedMemberName;
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown copy failure.");
            }
        }

        private static ErrorCategory ToCategory(DeepCopyErrorId id)
        {
            switch (id)
            {
                case DeepCopyErrorId.NonCopyableType:
                    return ErrorCategory.InvalidType;
                case DeepCopyErrorId.MaxDepthExceeded:
                case DeepCopyErrorId.SizeLimitExceeded:
                    return ErrorCategory.LimitsExceeded;
                case DeepCopyErrorId.SourceChangedDuringCopy:
                    return ErrorCategory.ResourceBusy;
                case DeepCopyErrorId.CycleNotSupported:
                case DeepCopyErrorId.KeyCollision:
                case DeepCopyErrorId.MembersOnSharedValue:
                case DeepCopyErrorId.ReservedMemberName:
                    return ErrorCategory.InvalidData;
                case DeepCopyErrorId.InvalidMeasurementInput:
                    return ErrorCategory.InvalidArgument;
                default:
                    return ErrorCategory.InvalidOperation;
            }
        }

        private static string RecommendedAction(DeepCopyErrorId id)
        {
            switch (id)
            {
                case DeepCopyErrorId.NonCopyableType:
                    return "Use -NonCopyableAction Reference to share such values with the copy, or -NonCopyableAction Null to drop them (a dictionary key or set element cannot be dropped, only shared). If a type policy refused the value, change that policy instead (Share, or Null for a value that is not a key): -NonCopyableAction does not override it.";
                case DeepCopyErrorId.MaxDepthExceeded:
                    return "Raise -MaxDepth, or leave it out for no limit (with -Strategy Json, leaving it out means 1000).";
                case DeepCopyErrorId.SourceChangedDuringCopy:
                    return "Copy the object when no other thread or runspace is changing it.";
                case DeepCopyErrorId.CycleNotSupported:
                    return "Use an exact strategy (Auto, the default, keeps cycles), or break the cycle before copying with -Strategy Json.";
                case DeepCopyErrorId.KeyCollision:
                    return "Let the copy keep every field the keys' equality uses: remove [DeepCopyIgnore] from such a field, use -NonCopyableAction Reference rather than Null, or change a Null type policy on such a field's type to Share or Copy.";
                case DeepCopyErrorId.SizeLimitExceeded:
                    return "With -Strategy Json a value reached by many paths is written once per path: use an exact strategy (Auto, the default), which copies it once, or copy smaller parts of the graph.";
                case DeepCopyErrorId.ReservedMemberName:
                    return "Copy it with an exact strategy (Auto, the default), which keeps the object as it is; or give its type a type policy (Share, Null or a custom copier), so -Strategy Json does not write its members; or rename the member (for a DataTable, the column: an alias in the query that fills it).";
                case DeepCopyErrorId.InvalidMeasurementInput:
                    return "Pass the object graph to measure to -InputObject.";
                default:
                    return "See the inner exception for the handler's error.";
            }
        }
    }
}
